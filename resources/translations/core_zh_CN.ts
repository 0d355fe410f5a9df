<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>core</name>
        <message>
            <location filename="../../fmdesk/app/annual_plan.py" />
            <source>Give the .xlsx workbook to write with --out.</source>
            <translation>请用 --out 指定要写入的 .xlsx 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" />
            <source>No asset matches '{text}'; check the label or the code.</source>
            <translation>没有设备与“{text}”匹配；请检查标签或编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" />
            <source>Nothing to change; pass at least one field, e.g. --status faulty.</source>
            <translation>没有要修改的内容；请至少给出一个字段，例如 --status faulty。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" />
            <source>No asset has the code '{code}'; check 'fmdesk assets list'.</source>
            <translation>没有编码为“{code}”的设备；请用 fmdesk assets list 查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>The history table is missing: the audit trail was removed.</source>
            <translation>历史记录表不存在：审计追溯记录已被删除。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>History row {row} was changed after it was written.</source>
            <translation>第 {row} 条历史记录在写入后被改动过。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>The history chain breaks at row {row}: rows before it were deleted or inserted behind fmdesk's back.</source>
            <translation>历史记录哈希链在第 {row} 条处断开：其前面的记录被绕过 fmdesk 删除或插入过。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>The recorded head of the history is no longer in the chain: the newest rows were removed or the history was rewritten.</source>
            <translation>之前记录的历史哈希链末端已不在链中：最新的记录被删除，或历史被改写过。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>History row {row} carries no hash: it was not written by fmdesk.</source>
            <translation>第 {row} 条历史记录没有哈希值：它不是由 fmdesk 写入的。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>The {rows} history rows are intact, but the guard triggers {names} are missing: upgrade or restore the database.</source>
            <translation>{rows} 条历史记录完整，但缺少保护触发器 {names}：请升级或恢复数据库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/audit.py" />
            <source>The {rows} history rows are intact.</source>
            <translation>{rows} 条历史记录完整，未被篡改。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/backup.py" />
            <source>'{path}' already exists; choose a new file name (or pass --force).</source>
            <translation>“{path}”已存在；请换一个文件名（或加 --force 覆盖）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/backup.py" />
            <source>'{path}' is a folder; give the backup a file name.</source>
            <translation>“{path}”是文件夹；请给备份指定一个文件名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/backup.py" />
            <source>Keep at least one backup (keep = {keep}).</source>
            <translation>至少保留一份备份（保留份数 = {keep}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/backup.py" />
            <source>Table {table}</source>
            <translation>数据表 {table}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/cobie.py" />
            <source>A COBie workbook is written as .xlsx, not {name}.</source>
            <translation>COBie 表只能写成 .xlsx，不能是 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/cobie.py" />
            <source>Reading equipment</source>
            <translation>正在读取设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/cobie.py" />
            <source>Writing the COBie workbook</source>
            <translation>正在写入 COBie 表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>The file does not exist yet; it will be created on first use.</source>
            <translation>该文件尚不存在，首次使用时将自动创建。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>Connected; the database is empty and will be set up on first use.</source>
            <translation>连接成功；数据库为空，首次使用时将自动建表。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>Connected; the database is up to date (revision {revision}).</source>
            <translation>连接成功；数据库结构为最新（版本 {revision}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>Connected; the database is at revision {revision} and will be upgraded to {head}.</source>
            <translation>连接成功；数据库结构为版本 {revision}，启动时将升级到 {head}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>Choose SQLite or PostgreSQL as the database type.</source>
            <translation>请选择 SQLite 或 PostgreSQL 作为数据库类型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>A PostgreSQL connection needs a server and a database name.</source>
            <translation>PostgreSQL 连接需要填写服务器地址和数据库名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/connection.py" />
            <source>The port must be between 1 and 65535 (PostgreSQL uses 5432).</source>
            <translation>端口必须在 1 到 65535 之间（PostgreSQL 默认 5432）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/contractors.py" />
            <source>Show 1 to 36 months.</source>
            <translation>可显示 1 到 36 个月。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/dates.py" />
            <source>{text} is not a date; write it as 2027-06-30.</source>
            <translation>{text} 不是日期，请写成 2027-06-30 的形式。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/diff.py" />
            <source>Opening {name}</source>
            <translation>正在打开 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/diff.py" />
            <source>Reading elements</source>
            <translation>正在读取构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/diff.py" />
            <source>Matching elements</source>
            <translation>正在匹配构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/documents.py" />
            <source>Cannot write '{path}': {reason}.</source>
            <translation>无法写入“{path}”：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/documents.py" />
            <source>'{path}' is a symbolic link; fmdesk never writes through one, choose another file name.</source>
            <translation>“{path}”是符号链接；fmdesk 不会经符号链接写文件，请换一个文件名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/documents.py" />
            <source>'{path}' is a folder; give a file name.</source>
            <translation>“{path}”是文件夹；请给出文件名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/documents.py" />
            <source>'{path}' already exists; choose another name or pass --force.</source>
            <translation>“{path}”已存在；请换一个文件名，或加 --force 覆盖。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/history_samples.py" />
            <source>This database already has the generated history; use a fresh database.</source>
            <translation>该数据库已有生成的历史数据；请使用新的数据库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/history_samples.py" />
            <source>Generating the history…</source>
            <translation>正在生成历史数据…</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/history_samples.py" />
            <source>History generated.</source>
            <translation>历史数据已生成。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/holidays.py" />
            <source>The year {year} is unlikely; give a year from 2000 to 2100.</source>
            <translation>年份 {year} 不合理；请给出 2000–2100 之间的年份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/ids.py" />
            <source>IDS checks need the ifctester package; run “make setup” to install it.</source>
            <translation>IDS 检查需要 ifctester 软件包；请运行“make setup”安装。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/ids.py" />
            <source>A report is written as .xlsx, .html or .bcf, not {suffix}.</source>
            <translation>报告只能写成 .xlsx、.html 或 .bcf，不能是 {suffix}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/ids.py" />
            <source>The model passed every specification; there is nothing to report.</source>
            <translation>模型满足所有规范，没有需要报告的问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/ids.py" />
            <source>No failed element is selected; no review issue was created.</source>
            <translation>没有选中未通过的构件，未创建审查问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>The KPI targets file {path} is not valid JSON; fix or delete it.</source>
            <translation>KPI 目标文件 {path} 不是有效的 JSON，请修正或删除。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>The KPI targets file {path} must map KPI keys ({keys}) to numbers.</source>
            <translation>KPI 目标文件 {path} 应将 KPI 键（{keys}）对应到数值。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>统计期的结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>{text} is not a month; write it as 2027-03.</source>
            <translation>{text} 不是月份，请写成 2027-03 的形式。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>'{by}' is not a grouping; use one of {choices}.</source>
            <translation>“{by}”不是分组方式，请使用 {choices} 之一。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>'{key}' is not a KPI; use one of {choices}.</source>
            <translation>“{key}”不是 KPI，请使用 {choices} 之一。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/kpi.py" />
            <source>'{group}' is not a group of {by}.</source>
            <translation>“{group}”不是按 {by} 分组中的一组。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>No model is known for this database; give one with --model (or import one).</source>
            <translation>此数据库还没有关联模型；请用 --model 指定模型（或先导入模型）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>Writing the notice</source>
            <translation>正在生成通知</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>Leak at {place}: close {count} valve(s)</source>
            <translation>{place} 漏水：关闭 {count} 个阀门</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>No valve can isolate this leak; there is nothing to show.</source>
            <translation>没有阀门能隔离此处漏水，无法生成阀门图片。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>The valve picture could not be drawn; use the 3D view instead.</source>
            <translation>无法绘制阀门位置图，请改用三维视图查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>Say where the leak is: a flat, a room or an element.</source>
            <translation>请说明漏水位置：户号、房间或构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>Nothing in the model is called '{query}'; give a flat (1-601), a room or an element's GlobalId.</source>
            <translation>模型中没有名为“{query}”的位置；请输入户号（如 1-601）、房间名称或构件 GlobalId。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak.py" />
            <source>No water pipe is located in this space; pick an element instead.</source>
            <translation>此空间内没有给水管道；请改选具体构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}</source>
            <translation>{year}年{month}月{day}日 {hour:02d}:{minute:02d}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source> and {count} more</source>
            <translation> 等，另有 {count} 户</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>unknown place</source>
            <translation>位置不明</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>{number}. {name} — {where}</source>
            <translation>{number}. {name}（{where}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Notice of water supply interruption</source>
            <translation>停水通知</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Dear residents,</source>
            <translation>尊敬的各位业主、住户：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Because of an urgent repair of a water leak at {place}, the water supply will be shut off from {start} until about {until}.</source>
            <translation>因 {place} 给水管道漏水需紧急抢修，将于 {start} 起暂停供水，预计 {until} 前恢复。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Flats without water: {flats}.</source>
            <translation>停水范围：{flats}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>When the water comes back, let the tap run for a moment before using it. Please keep taps closed meanwhile to avoid flooding.</source>
            <translation>停水期间请关闭家中水龙头，以免来水时跑水；恢复供水后请先放水片刻再使用。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>We apologise for the inconvenience and thank you for your understanding.</source>
            <translation>由此带来的不便，敬请谅解！</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Property management service centre</source>
            <translation>物业服务中心</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>(No valve can isolate this leak: call the engineer on duty.)</source>
            <translation>（阀门无法完全隔离此处漏水，请联系值班工程师。）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Check that the repair is finished and the area is dry.</source>
            <translation>确认维修完成、现场已清理干爽。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Open slowly: {valve}</source>
            <translation>缓慢开启：{valve}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Let air out at the highest tap until the water runs clear.</source>
            <translation>在最高处龙头排气，直至出水清澈。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Check the repaired joint for drips under full pressure.</source>
            <translation>满压下检查维修接口无渗漏。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Tell the residents of {flats} that the water is back.</source>
            <translation>通知 {flats} 住户已恢复供水。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Leak at: {place}</source>
            <translation>漏水位置：{place}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>Valves to close, in order:</source>
            <translation>需关闭的阀门（按顺序）：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/leak_text.py" />
            <source>After the repair, reopen in this order:</source>
            <translation>维修完成后，按以下顺序恢复：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/lifecycle.py" />
            <source>No asset {codes}; check the asset codes.</source>
            <translation>没有设备 {codes}；请检查设备编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meter_history.py" />
            <source>Generating meter readings</source>
            <translation>正在生成抄表读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meter_history.py" />
            <source>Saving {count} readings</source>
            <translation>正在保存 {count} 条读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>Reading {name}</source>
            <translation>正在读取 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>no meter has the code {code}</source>
            <translation>没有编码为 {code} 的计量表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>Reading the meter readings</source>
            <translation>正在读取抄表读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>No meter has the code {code}.</source>
            <translation>没有编码为 {code} 的计量表。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>Looking for anomalies</source>
            <translation>正在查找异常</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>Anomaly {id} is already work order {number}.</source>
            <translation>异常 {id} 已生成工单 {number}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>Downstream: {where}</source>
            <translation>下游：{where}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>{meter}: {kind}</source>
            <translation>{meter}：{kind}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>'{id}' is not an anomaly id (METER/KIND/YYYYMMDDTHHMM).</source>
            <translation>“{id}”不是异常编号（格式：表号/类型/YYYYMMDDTHHMM）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>No anomaly {id} in the readings.</source>
            <translation>读数中没有异常 {id}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/meters.py" />
            <source>The period must end after it starts.</source>
            <translation>时段的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/network.py" />
            <source>Network read from the cache</source>
            <translation>从缓存读取管网</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/network.py" />
            <source>Name at least one element with --at (GlobalIds, comma-separated).</source>
            <translation>请用 --at 指定至少一个构件（GlobalId，逗号分隔）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/people.py" />
            <source>there is no shift pattern called {name}</source>
            <translation>没有名为 {name} 的班制</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/people.py" />
            <source>Give a number of days from 0 to 3660, not {days}.</source>
            <translation>天数应在 0 到 3660 之间，而不是 {days}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>dispatcher</source>
            <translation>调度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>planner</source>
            <translation>计划员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>quality inspector</source>
            <translation>品质</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>contractor</source>
            <translation>外包</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>viewer</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>trainee</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>report a work order</source>
            <translation>报修建单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>dispatch a work order</source>
            <translation>派单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>accept, start or finish a work order</source>
            <translation>接单、到场或完工</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>recheck or reopen a work order</source>
            <translation>复检或重开工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>close a work order</source>
            <translation>关闭工单（销项）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>cancel a work order</source>
            <translation>取消工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record a resident's satisfaction</source>
            <translation>登记住户满意度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>register technicians and contractors</source>
            <translation>登记维修人员和外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>edit assets</source>
            <translation>编辑资产</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>import models into the records</source>
            <translation>把模型导入台账</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>attach documents and photos</source>
            <translation>上传档案和照片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>plan inspection routes and rounds</source>
            <translation>制定巡检路线和巡检任务</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record inspection results</source>
            <translation>登记巡检结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>edit maintenance tasks, holidays and plans</source>
            <translation>编辑保养任务、节假日和计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>edit design-review issues</source>
            <translation>编辑设计审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record handover inspections</source>
            <translation>登记承接查验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>run training drills</source>
            <translation>进行培训演练</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>export workbooks and files</source>
            <translation>导出表格和文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>upgrade, back up or restore the database</source>
            <translation>升级、备份或恢复数据库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>generate and edit the duty roster</source>
            <translation>生成和编辑值班表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>manage contractors and contracts</source>
            <translation>管理外包单位和合同</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record the contractor's self-check</source>
            <translation>登记外包单位自检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record the property's initial acceptance check</source>
            <translation>登记物业初验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>record the final acceptance check</source>
            <translation>登记第三方终验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/permissions.py" />
            <source>plan quality checks, record and close findings</source>
            <translation>安排品质检查、登记和销项问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/planning.py" />
            <source>No assets to plan: open a model or add assets to the register.</source>
            <translation>没有可计划的设备：请打开模型或在设备台账中添加设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/render.py" />
            <source>{name} has no 3D geometry to render.</source>
            <translation>{name} 没有可渲染的三维几何。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/render.py" />
            <source>Cannot write {out}: {reason}.</source>
            <translation>无法写入 {out}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/render.py" />
            <source>--highlight: {ids} have no geometry to draw (a storey, a system, a space without a body, or not in the model); ignored.</source>
            <translation>--highlight：{ids} 没有可绘制的几何（楼层、系统、无形体的空间或模型中不存在）；已忽略。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/render.py" />
            <source>Could not mesh {name}: {error}; check the file in another viewer.</source>
            <translation>无法为 {name} 生成网格：{error}；请用其他查看器检查该文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/render.py" />
            <source>Unknown storey {name!r}; the model's storeys are: {known}.</source>
            <translation>未知楼层 {name!r}；模型中的楼层有：{known}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Write the report to a .pdf or .xlsx file, not '{name}'.</source>
            <translation>报告只能写成 .pdf 或 .xlsx 文件，不能是“{name}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>'{kind}' is not a report; use both, health or operations.</source>
            <translation>“{kind}”不是报告类型，请使用 both、health 或 operations。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Computing the KPIs</source>
            <translation>正在计算 KPI</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Laying out the report</source>
            <translation>正在排版报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Report written</source>
            <translation>报告已生成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Reading the work orders of the month</source>
            <translation>正在读取本月工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Computing the 12-month trends</source>
            <translation>正在计算 12 个月趋势</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/reports.py" />
            <source>Planning next month's maintenance</source>
            <translation>正在安排下月保养计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" />
            <source>Review issue {number} already became work order {order}.</source>
            <translation>审查问题 {number} 已转为工单 {order}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" />
            <source>Rework: {title}</source>
            <translation>返修：{title}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" />
            <source>Elements: {ids}</source>
            <translation>构件：{ids}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" />
            <source>'{value}' is not a date; write it as 2027-03-31.</source>
            <translation>“{value}”不是日期；请写成 2027-03-31 的格式。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" />
            <source>Cannot read the snapshot {path}: {reason}.</source>
            <translation>无法读取快照 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" />
            <source>Importing topic {done} of {total}</source>
            <translation>正在导入第 {done}/{total} 个问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" />
            <source>BCF version {version} is not supported; use 2.1 or 3.0.</source>
            <translation>不支持 BCF {version} 版本，请使用 2.1 或 3.0。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" />
            <source>Collecting review issues</source>
            <translation>正在收集审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" />
            <source>No review issue matches; nothing was exported.</source>
            <translation>没有符合条件的审查问题，未导出任何内容。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>'{month}' is not a month; write it as YYYY-MM, e.g. 2027-01.</source>
            <translation>“{month}”不是月份；请写成 年-月，例如 2027-01。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>There is no shift pattern called {name}; see fmdesk roster patterns.</source>
            <translation>没有名为 {name} 的班制；可用 fmdesk roster patterns 查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>Nobody is on the staff list yet; import it first with fmdesk people import FILE.xlsx (or Tools › Staff and certificates › Import staff list).</source>
            <translation>人员名单还是空的；请先用 fmdesk people import 文件.xlsx 导入（或 工具 › 人员与证书 › 导入人员名单）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>'{code}' is not a shift code; see the legend of the roster.</source>
            <translation>“{code}”不是班次代码；请参见值班表图例。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>Nobody on the staff list is called {name}.</source>
            <translation>人员名单中没有 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>The roster is written as an Excel workbook; name it *.xlsx.</source>
            <translation>值班表保存为 Excel 工作簿，文件名请以 .xlsx 结尾。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/roster.py" />
            <source>A shift pattern needs a name and 1 to 366 shift codes.</source>
            <translation>班制需要名称和 1 到 366 个班次代码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/samples.py" />
            <source>--out {out} is a file; give a folder for the samples.</source>
            <translation>--out {out} 是一个文件；请给出存放示例模型的文件夹。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/tasks.py" />
            <source>Cannot write {path}: {reason}; check the folder.</source>
            <translation>无法写入 {path}：{reason}；请检查文件夹。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>{name} is not a difficulty; use easy, medium or hard.</source>
            <translation>{name} 不是难度等级；请用 easy、medium 或 hard。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>This pipe has burst ({name}): close the valves that must be closed.</source>
            <translation>这根管道破裂了（{name}），请关闭需要关闭的阀门。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>This circuit is faulty ({name}): open the breakers that must be opened.</source>
            <translation>这条回路发生故障（{name}），请断开需要断开的断路器。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>Find {name} on the model.</source>
            <translation>请在模型中找到 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>What is the highlighted element, and which system is it part of?</source>
            <translation>高亮的构件是什么？属于哪个系统？</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>No element has the GlobalId {gid} in this model.</source>
            <translation>本模型中没有 GlobalId 为 {gid} 的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>An attempt needs the result of at least one drill.</source>
            <translation>一次考核至少要有一道演练的结果。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>The tour {title} is for the model {other}, not {name}.</source>
            <translation>巡览 {title} 属于模型 {other}，不是 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>{trainee} has not passed {course}; a certificate needs a passing attempt.</source>
            <translation>{trainee} 尚未通过 {course}，只有考核合格才能发证。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" />
            <source>Engineering department</source>
            <translation>物业工程部</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>'{role}' is not a role; use one of {roles}.</source>
            <translation>“{role}”不是角色；请用以下之一：{roles}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>'{name}' is not a user of this database; sign in as one (--user NAME or FMDESK_USER).</source>
            <translation>“{name}”不是本数据库的用户；请以已有用户登录（--user 用户名 或 FMDESK_USER）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>The user '{name}' is disabled; ask an admin to enable it.</source>
            <translation>用户“{name}”已停用；请管理员重新启用。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>The password of '{name}' is missing or wrong; give it in the login dialog or FMDESK_PASSWORD.</source>
            <translation>“{name}”的密码缺失或错误；请在登录对话框或 FMDESK_PASSWORD 中提供。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>Only {roles} may {action}; '{name}' is {role}.</source>
            <translation>只有{roles} 可以{action}；“{name}”是{role}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>user name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/users.py" />
            <source>The first user must be an admin ({admin}); add one first.</source>
            <translation>第一个用户必须是管理员（{admin}）；请先添加管理员。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/validation.py" />
            <source>The {what} contains a control character (U+{code:04X}); type plain text.</source>
            <translation>{what}中含有控制字符（U+{code:04X}）；请输入普通文字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/validation.py" />
            <source>The {what} is {length} characters long; at most {limit} fit.</source>
            <translation>{what}有 {length} 个字符，最多只能 {limit} 个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/validation.py" />
            <source>The limit must be 0 or more, not {limit}.</source>
            <translation>条数上限必须大于或等于 0，不能是 {limit}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/workorders.py" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} is not a valid zip archive (damaged or incomplete); download or export it again.</source>
            <translation>{name} 不是有效的 zip 压缩包（已损坏或不完整）；请重新下载或导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} contains an ifcXML model; ifcXML is not supported, export as .ifc.</source>
            <translation>{name} 中是 ifcXML 模型；不支持 ifcXML，请导出为 .ifc。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} contains no .ifc file; an .ifczip must hold one .ifc model.</source>
            <translation>{name} 中没有 .ifc 文件；.ifczip 必须包含一个 .ifc 模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} is encrypted; unzip it with its password and open the .ifc.</source>
            <translation>{name} 已加密；请用密码解压后打开其中的 .ifc。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} uses a zip compression method ({method}) this program cannot unpack; re-zip it with standard Deflate or open the .ifc.</source>
            <translation>{name} 使用了本程序无法解压的 zip 压缩方式（{method}）；请用标准 Deflate 重新压缩，或直接打开 .ifc。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/archive.py" />
            <source>{name} is damaged ({member} cannot be unpacked); download or export it again.</source>
            <translation>{name} 已损坏（无法解压 {member}）；请重新下载或导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/geometry_pool.py" />
            <source>The 3D geometry process stopped unexpectedly; reopen the model to retry.</source>
            <translation>三维几何进程意外停止，请重新打开模型再试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/geometry_pool.py" />
            <source>The 3D geometry could not be computed ({kind}: {detail}).</source>
            <translation>无法计算三维几何（{kind}：{detail}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/geometry_pool.py" />
            <source>The geometry library crashed on this element; the rest of the model was loaded.</source>
            <translation>几何库处理此构件时崩溃；模型其余部分已载入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a PNG image</source>
            <translation>PNG 图片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a JPEG image</source>
            <translation>JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a GIF image</source>
            <translation>GIF 图片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a DWG drawing</source>
            <translation>DWG 图纸</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>an SQLite database</source>
            <translation>SQLite 数据库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>an old Microsoft Office document</source>
            <translation>旧版 Microsoft Office 文档</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>a glTF model</source>
            <translation>glTF 模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>Model file not found: {path}; check the path and try again.</source>
            <translation>找不到模型文件：{path}；请检查路径后重试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{path} is a folder, not a model file; choose an .ifc file.</source>
            <translation>{path} 是文件夹，不是模型文件；请选择 .ifc 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>No permission to read {path}; ask for read access or copy the file elsewhere.</source>
            <translation>没有读取 {path} 的权限；请申请读取权限或把文件复制到别处。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>Cannot read {path} ({reason}); check the disk or copy the file.</source>
            <translation>无法读取 {path}（{reason}）；请检查磁盘或复制该文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} is empty (0 bytes); it is not an IFC model.</source>
            <translation>{name} 是空文件（0 字节），不是 IFC 模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} is an ifcXML file; ifcXML is not supported, export as .ifc.</source>
            <translation>{name} 是 ifcXML 文件；不支持 ifcXML，请导出为 .ifc。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} is an XML/HTML file, not an IFC model; choose an .ifc file.</source>
            <translation>{name} 是 XML/HTML 文件，不是 IFC 模型；请选择 .ifc 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} is {what}, not an IFC model; choose an .ifc file.</source>
            <translation>{name} 是{what}，不是 IFC 模型；请选择 .ifc 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} is not an IFC file (it does not start with ISO-10303-21); choose an .ifc file.</source>
            <translation>{name} 不是 IFC 文件（开头不是 ISO-10303-21）；请选择 .ifc 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} has no FILE_SCHEMA in its header, so its IFC version is unknown; export it again.</source>
            <translation>{name} 的文件头中没有 FILE_SCHEMA，无法确定 IFC 版本；请重新导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} uses schema {schema}, which is not supported; export as one of {supported}.</source>
            <translation>{name} 使用的版本 {schema} 不受支持；请导出为 {supported} 之一。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>an empty schema name</source>
            <translation>空的版本名</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} ends at line {line} without END-ISO-10303-21; the file is incomplete (interrupted download or export), get it again.</source>
            <translation>{name} 在第 {line} 行结束，缺少 END-ISO-10303-21；文件不完整（下载或导出中断），请重新获取。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} has an invalid STEP header ({detail}); export the model again.</source>
            <translation>{name} 的 STEP 文件头无效（{detail}）；请重新导出模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} names no readable schema ({detail}); export it again.</source>
            <translation>{name} 没有可读取的版本（{detail}）；请重新导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} has a syntax error near line {line} ({detail}); the file is damaged, export it again.</source>
            <translation>{name} 第 {line} 行附近有语法错误（{detail}）；文件已损坏，请重新导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} has a syntax error ({detail}); the file is damaged, export it again.</source>
            <translation>{name} 有语法错误（{detail}）；文件已损坏，请重新导出。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>unexpected {token}</source>
            <translation>意外的 {token}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>expected {token}</source>
            <translation>此处应为 {token}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} contains no IfcProject ({count} entities), so there is no model to show; export the full model.</source>
            <translation>{name} 中没有 IfcProject（共 {count} 个实体），没有可显示的模型；请导出完整模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/model_file.py" />
            <source>{name} contains a project but no site, building, storey, space or element; export the full model.</source>
            <translation>{name} 只有项目，没有场地、建筑、楼层、空间或构件；请导出完整模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>read as far as possible</source>
            <translation>尽可能读取</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>unset</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>the missing {count} unset</source>
            <translation>缺少的 {count} 个视为未设置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>the extra {count} ignored</source>
            <translation>多出的 {count} 个被忽略</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>{expected} attributes</source>
            <translation>{expected} 个属性</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>{found} values</source>
            <translation>{found} 个值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>no reference (the instance is not in the file)</source>
            <translation>无引用（文件中没有该实例）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>instance skipped: the schema has no such class</source>
            <translation>跳过该实例：版本中没有这个类</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>#{id} defined twice</source>
            <translation>#{id} 定义了两次</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>the last definition</source>
            <translation>以最后一次定义为准</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>{guid} used by more than one instance</source>
            <translation>{guid} 被多个实例使用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/parse_log.py" />
            <source>only one of them is found by its GlobalId</source>
            <translation>按 GlobalId 只能找到其中一个</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/reading_warnings.py" />
            <source>{element}: {attribute} is {found}; assumed {assumed}.</source>
            <translation>{element}：{attribute} 为 {found}；按 {assumed} 处理。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>millimetre</source>
            <translation>毫米</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>centimetre</source>
            <translation>厘米</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>decimetre</source>
            <translation>分米</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>kilometre</source>
            <translation>千米</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>metre</source>
            <translation>米</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>no length unit</source>
            <translation>无长度单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>unusable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/units.py" />
            <source>length unit {unit}</source>
            <translation>长度单位为{unit}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/validation.py" />
            <source>read as the text {text}</source>
            <translation>读作文本 {text}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/validation.py" />
            <source>the members of the wrong type ignored</source>
            <translation>忽略类型错误的成员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bim/validation.py" />
            <source>ignored (read as unset)</source>
            <translation>忽略（视为未设置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/bootstrap.py" />
            <source>The database URL is empty; give sqlite:///PATH or postgresql+psycopg://USER@HOST/DB, or leave out --db.</source>
            <translation>数据库地址为空；请写 sqlite:///路径 或 postgresql+psycopg://用户@主机/库名，或不写 --db。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/cli.py" />
            <source>BIM-aware facility management (物业工程部).</source>
            <translation>基于 BIM 的物业工程管理（物业工程部）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/cli.py" />
            <source>language of help, messages and errors (default: LANG / LC_ALL / LANGUAGE)</source>
            <translation>帮助、消息和错误所用的语言（默认：LANG / LC_ALL / LANGUAGE）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/cli.py" />
            <source>COMMAND</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../fmdesk/cli.py" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../fmdesk/cli.py" />
            <source>internal error: {kind}: {error}</source>
            <translation>内部错误：{kind}：{error}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>asset register: import from a model, list, show, look up, QR labels</source>
            <translation>设备台账：从模型导入、列出、查看、查找、二维码标签</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>audit trail: verify the history's hash chain (审计追溯)</source>
            <translation>审计追溯：校验历史记录的哈希链</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>import / export review issues as BCF 2.1 or 3.0</source>
            <translation>以 BCF 2.1 或 3.0 导入/导出审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>write the COBie 2.4 workbook of a model (交付 COBie 表)</source>
            <translation>生成模型的 COBie 2.4 工作簿（交付 COBie 表）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>contractors and contracts (外包管理): acceptance, monthly scores, cards</source>
            <translation>外包管理：验收、月度评分、黄牌红牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>records database: upgrade, info, backup, restore</source>
            <translation>记录数据库：升级、信息、备份、恢复</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>compare two model revisions (模型版本对比)</source>
            <translation>对比两个模型版本（模型版本对比）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>documents and photos: add, list, get</source>
            <translation>文档和照片：添加、列出、取出</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>open the desktop application</source>
            <translation>打开桌面程序</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>handover inspection (承接查验): checklist, findings, archive, warranty</source>
            <translation>承接查验：检查表、问题、归档、保修</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>Chinese holidays and adjusted working days (节假日与调休) used by plans</source>
            <translation>计划所用的中国节假日与调休工作日（节假日与调休）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>check handover data against an IDS file (交付信息检查)</source>
            <translation>按 IDS 文件检查交付数据（交付信息检查）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>summarise an IFC model (模型概况): schema, counts, systems, ports</source>
            <translation>IFC 模型概况：版本、数量、系统、端口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>inspection rounds: routes, checklists, results, repeated findings</source>
            <translation>巡检：路线、检查表、结果、屡查屡犯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>which valves/breakers isolate a leak or fault, who is affected (漏水/故障隔离)</source>
            <translation>哪些阀门/断路器可隔离漏水或故障，影响到谁（漏水/故障隔离）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>KPIs of a period (关键绩效指标): intact rate, SLA, MTTR, MTBF, PM compliance…</source>
            <translation>一段时间的关键绩效指标：设备完好率、时效达标率、平均修复时间、平均故障间隔、计划保养完成率…</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>guided leak plan: valves to close, flats without water, notice (漏水处置)</source>
            <translation>漏水处置指引：要关的阀门、停水的户、停水通知</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>lifecycle estimates (寿命估算): service life, ISO 15686 factors, end-of-life year</source>
            <translation>寿命估算：使用寿命、ISO 15686 系数、到期年份</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>meters (水表/电表/热量表/燃气表): import readings, list, anomalies, to work order</source>
            <translation>计量表（水表/电表/热量表/燃气表）：导入读数、列表、异常、转工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>check pipe/duct/cable networks for gaps and errors (管网模型检查)</source>
            <translation>检查管道/风管/电缆管网的断点和错误（管网模型检查）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>the networks of a model as nodes, edges and findings (管网图)</source>
            <translation>模型的管网图：节点、连线和问题（管网图）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>staff list (人员): import, list, certificates about to expire</source>
            <translation>人员名单：导入、列出、即将到期的证书</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>annual preventive-maintenance plan (年度保养计划) to Excel / iCalendar</source>
            <translation>年度保养计划，导出 Excel / iCalendar</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>quality checks (品质检查): plans, findings, rectification, recheck, closure</source>
            <translation>品质检查：计划、问题、整改、复查、关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>render a model to a PNG off-screen (模型截图)</source>
            <translation>离屏渲染模型为 PNG（模型截图）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>monthly reports (月度报告): facility health and engineering O&amp;M, PDF or Excel</source>
            <translation>月度报告：设施健康报告和工程运维报告，PDF 或 Excel</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>review issues: create, list, show, status, comment, to work order</source>
            <translation>审查问题：新建、列出、查看、状态、评论、转工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>duty roster (值班表): generate, edit, export the month, who is on duty</source>
            <translation>值班表：生成、修改、导出当月、当前值班人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>write generated sample residential buildings (IFC4 / IFC2X3 / IFC4X3)</source>
            <translation>生成示例住宅楼（IFC4 / IFC2X3 / IFC4X3）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>maintenance task library (保养任务库): list, export, import, reset</source>
            <translation>保养任务库：列出、导出、导入、恢复</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>trace a pipe/duct/cable network upstream or downstream (管网追溯)</source>
            <translation>向上游或下游追溯管道/风管/电缆管网（管网追溯）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>drills checked by the network engine, tours, trainees, certificates (培训)</source>
            <translation>由管网引擎判定的演练、导览、学员、证书（培训）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>users and roles: add, list, disable, passwd (用户与角色)</source>
            <translation>用户与角色：添加、列出、停用、设置密码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/__init__.py" />
            <source>work orders: create, advance, list, show, rate, dispatch suggestions</source>
            <translation>工单：新建、流转、列出、查看、评价、派工建议</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>updated</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>asset</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>handover</source>
            <translation>承接查验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>handover check</source>
            <translation>查验检查项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>handover recheck</source>
            <translation>查验复查</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>inspection result</source>
            <translation>巡检结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>inspection round</source>
            <translation>巡检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>inspection route</source>
            <translation>巡检路线</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>review comment</source>
            <translation>审查评论</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>review issue</source>
            <translation>审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>space</source>
            <translation>空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>training attempt</source>
            <translation>培训作答</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>drill set</source>
            <translation>演练组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>training tour</source>
            <translation>培训导览</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_labels.py" />
            <source>work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>only these media (water, electrical…)</source>
            <translation>只看这些介质（water、electrical…）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>M[,M…]</source>
            <translation>介质[,介质…]</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>also treat these as sources</source>
            <translation>另把这些构件当作水源/电源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>GUID[,GUID…]</source>
            <translation>GlobalId[,GlobalId…]</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>also write the result to an Excel file</source>
            <translation>同时把结果写入 Excel 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>print machine-readable JSON</source>
            <translation>输出机器可读的 JSON</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>… and {count} more</source>
            <translation>……另有 {count} 项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Inferred connections used: {count}</source>
            <translation>用到的推断连接：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>(check them in the model)</source>
            <translation>（请在模型中核实）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Excel: {path}</source>
            <translation>Excel：{path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Upstream of {start} (media: {media})</source>
            <translation>{start} 的上游（介质：{media}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Downstream of {start} (media: {media})</source>
            <translation>{start} 的下游（介质：{media}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Sources: {names}</source>
            <translation>水源/电源：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Path: {path}</source>
            <translation>路径：{path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Elements reached: {count}</source>
            <translation>到达构件：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Flats and spaces: {names}</source>
            <translation>户/空间：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Isolate {start} (media: {media})</source>
            <translation>隔离 {start}（介质：{media}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Close: {element}</source>
            <translation>关闭：{element}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Open: {element}</source>
            <translation>断开：{element}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Tripped: {element}</source>
            <translation>已跳闸：{element}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Nothing to close: no source feeds this element.</source>
            <translation>无需操作：没有水源或电源供给该构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Skipped, inoperable: {element}</source>
            <translation>跳过（不可操作）：{element}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Cannot be isolated without taking these out of service: {names}</source>
            <translation>不停用以下设备就无法隔离：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Isolated segment: {count} ({names})</source>
            <translation>隔离段：{count} 个（{names}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Also lose supply: {count} ({names})</source>
            <translation>同时停供：{count} 个（{names}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Affected flats and spaces: {names}</source>
            <translation>受影响的户/空间：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Opened: {names} (media: {media})</source>
            <translation>断开：{names}（介质：{media}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Lose supply: {count} ({names})</source>
            <translation>停供：{count} 个（{names}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Without power: {names}</source>
            <translation>失电设备：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Lose service with them: {count} ({names})</source>
            <translation>随之停止供应：{count} 个（{names}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Network check: {model} ({schema})</source>
            <translation>管网检查：{model}（{schema}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Elements: {elements}   Ports: {ports} ({connected} connected)   Connections: {connections}</source>
            <translation>构件：{elements}   端口：{ports}（{connected} 已连接）   连接：{connections}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Fragments: {fragments} (largest {largest})   Loops: {loops}   Inferred connections: {inferred}</source>
            <translation>片段：{fragments}（最大 {largest}）   环路：{loops}   推断连接：{inferred}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>Errors: {errors}   Warnings: {warnings}   Information: {infos}</source>
            <translation>错误：{errors}   警告：{warnings}   提示：{infos}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_network.py" />
            <source>No findings.</source>
            <translation>没有问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>show this help message and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>show program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>ignored explicit argument %r</source>
            <translation>忽略多余的参数值 %r</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>the following arguments are required: %s</source>
            <translation>缺少以下参数：%s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>one of the arguments %s is required</source>
            <translation>必须给出以下参数之一：%s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>expected at most one argument</source>
            <translation>最多需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>expected at least one argument</source>
            <translation>至少需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>expected %s argument</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>expected %s arguments</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项有歧义：%(option)s 可能是 %(matches)s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>unexpected option string: %s</source>
            <translation>意外的选项：%s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>值无效：%(value)r</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项值：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>subcommands</source>
            <translation>子命令</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>argument "-" with mode %r</source>
            <translation>参数“-”不能用于模式 %r</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/_parser.py" />
            <source>{message} (see '{command} --help')</source>
            <translation>{message}（参见“{command} --help”）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>CRITICALITY</source>
            <translation>重要程度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>MANUFACTURER</source>
            <translation>制造商</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>MODEL</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>NOTES</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>SERIAL_NUMBER</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>SPACE_NAME</source>
            <translation>空间名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>STOREY_NAME</source>
            <translation>楼层名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>SYSTEM</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>CATEGORY</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>The asset register (设备台账), linked to model elements by GlobalId.</source>
            <translation>设备台账，通过 GlobalId 与模型构件关联。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>ACTION</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>create or update assets from an IFC model</source>
            <translation>从 IFC 模型新建或更新设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>an .ifc or .ifczip file</source>
            <translation>.ifc 或 .ifczip 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>also register pipes, cables and ducts</source>
            <translation>同时登记管道、电缆和风管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>list assets</source>
            <translation>列出设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>e.g. pump, valve, distribution_board</source>
            <translation>例如 pump、valve、distribution_board</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>storey name, e.g. B1</source>
            <translation>楼层名称，例如 B1</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>STOREY</source>
            <translation>楼层</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>part of the code, name or serial number</source>
            <translation>编码、名称或序列号的一部分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>only assets gone from the model</source>
            <translation>只列出已从模型中删除的设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>LIMIT</source>
            <translation>数量上限</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>one asset with its work orders and history</source>
            <translation>查看一台设备及其工单和历史</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>asset code, GlobalId, barcode or serial number</source>
            <translation>设备编码、GlobalId、条码或序列号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>resolve a scanned QR label or typed code</source>
            <translation>解析扫描的二维码标签或输入的编码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>register an asset by hand (one not in the model)</source>
            <translation>手工登记设备（模型中没有的）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>e.g. pump, valve, lift</source>
            <translation>例如 pump、valve、lift</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>change an asset's fields</source>
            <translation>修改设备的字段</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>EXPECTED_VERSION</source>
            <translation>预期版本号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>print a sheet of QR labels (PDF or PNG)</source>
            <translation>打印二维码标签页（PDF 或 PNG）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>asset codes (default: all matching filters)</source>
            <translation>设备编码（默认：符合筛选条件的全部设备）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>codes</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>labels.pdf or labels.png</source>
            <translation>labels.pdf 或 labels.png</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>OUT</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>Added {code} {name}</source>
            <translation>已添加 {code} {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>Updated {code} (version {version})</source>
            <translation>已更新 {code}（版本 {version}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>{file} ({schema}): {added} added, {changed} changed, {removed} removed (kept, marked), {unchanged} unchanged; spaces +{spaces_added} -{spaces_removed}</source>
            <translation>{file}（{schema}）：新增 {added}，变更 {changed}，删除 {removed}（保留并标记），未变 {unchanged}；空间 +{spaces_added} -{spaces_removed}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>No assets.</source>
            <translation>没有设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>(removed from model)</source>
            <translation>（已从模型中删除）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>{storey} {space}  system: {system}</source>
            <translation>{storey} {space}  系统：{system}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>{maker} {model}  serial number {serial}</source>
            <translation>{maker} {model}  序列号 {serial}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>installed {installed}  warranty until {warranty}</source>
            <translation>安装日期 {installed}  保修至 {warranty}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>work orders: {orders}  documents: {documents}</source>
            <translation>工单：{orders}  文档：{documents}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>{count} labels written to {files}</source>
            <translation>已生成 {count} 个标签：{files}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/assets.py" />
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/audit.py" />
            <source>Check the tamper-evident history of the records database.</source>
            <translation>检查记录数据库防篡改的历史记录。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/audit.py" />
            <source>exit 0 when the history is intact, 1 if not</source>
            <translation>历史记录完整时退出码为 0，否则为 1</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/audit.py" />
            <source>a head hash recorded earlier: also fail when the newest rows were removed</source>
            <translation>此前记下的链头哈希：最新的记录被删除时也判为失败</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/audit.py" />
            <source>HASH</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>BCF (BIM Collaboration Format) exchange of review issues.</source>
            <translation>审查问题的 BCF（BIM 协同格式）交换。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>import a .bcfzip / .bcf file as review issues</source>
            <translation>导入 .bcfzip / .bcf 文件为审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>export review issues as BCF</source>
            <translation>导出审查问题为 BCF</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>e.g. issues.bcfzip or issues.bcf</source>
            <translation>例如 issues.bcfzip 或 issues.bcf</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>TYPE</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>ASSIGNEE</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>LABEL</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>only these issues</source>
            <translation>只处理这些问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>NUMBER</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>only open and in-progress issues</source>
            <translation>只列出未关闭和处理中的问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>Imported {topics} topic(s) from {path} (BCF {version}): {created} new, {updated} updated, {comments} comment(s), {viewpoints} viewpoint(s).</source>
            <translation>已从 {path}（BCF {version}）导入 {topics} 个问题：新增 {created} 个，更新 {updated} 个，评论 {comments} 条，视点 {viewpoints} 个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" />
            <source>Exported {topics} review issue(s) to {path} (BCF {version}).</source>
            <translation>已将 {topics} 个审查问题导出到 {path}（BCF {version}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>COBie 2.4 spreadsheet from the model, the maintenance plan and the records.</source>
            <translation>由模型、保养计划和记录生成的 COBie 2.4 表格。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>IFC model (.ifc or .ifczip)</source>
            <translation>IFC 模型（.ifc 或 .ifczip）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>the .xlsx to write</source>
            <translation>要写入的 .xlsx</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>records database URL (documents, issues)</source>
            <translation>记录数据库地址（文档、问题）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>DB</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>who is acting (users and roles)</source>
            <translation>操作人（用户与角色）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>USER</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/cobie.py" />
            <source>Written: {path}</source>
            <translation>已写入：{path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>register a contractor with its profile</source>
            <translation>登记外包单位及其资料</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>SCOPE</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>CONTACT</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>PHONE</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>EMAIL</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>"name:role:certificate"</source>
            <translation>"姓名:岗位:证书"</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>STAFF</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>"name:number:valid_until"</source>
            <translation>"名称:编号:有效期至"</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>QUALIFICATION</source>
            <translation>资质</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>"insurer:policy:amount"</source>
            <translation>"保险公司:保单号:金额"</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>INSURANCE</source>
            <translation>保险</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>put it in the backup supplier pool</source>
            <translation>列入备选供应商库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>list contractors</source>
            <translation>列出外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>move a contractor to another pool</source>
            <translation>把外包单位移到另一名录</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>record one level of acceptance</source>
            <translation>记录一级验收</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>work order, e.g. GD-2027-000123</source>
            <translation>工单，例如 GD-2027-000123</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>PERSON</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>NOTE</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>monthly scores, penalties and cards</source>
            <translation>月度评分、扣款和黄牌红牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>YYYY-MM</source>
            <translation>YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>MONTH</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>contractors with a yellow or red card</source>
            <translation>被出示黄牌或红牌的外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>one contractor's scores month by month</source>
            <translation>某外包单位逐月的评分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>the last month, YYYY-MM</source>
            <translation>最后一个月，格式 YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>MONTHS</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>add or list contracts</source>
            <translation>新增或列出合同</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>start date, 2027-01-01</source>
            <translation>开始日期，如 2027-01-01</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>START</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>end date, 2027-12-31</source>
            <translation>结束日期，如 2027-12-31</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>END</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>TITLE</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>asset category</source>
            <translation>设备类别</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>BUILDING</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>"priority:response_min:completion_min[:acceptance_min]"</source>
            <translation>"优先级:响应分钟:完成分钟[:验收分钟]"</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>STANDARD</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>monthly fee (元)</source>
            <translation>月服务费（元）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>FEE</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>"name:date:amount"</source>
            <translation>"名称:日期:金额"</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>MILESTONE</source>
            <translation>节点</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>BREACH_YUAN</source>
            <translation>违约金额</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>CONCEALED_PERCENT</source>
            <translation>隐瞒故障比例</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>REPEAT_YUAN</source>
            <translation>重复扣款金额</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>PASS_SCORE</source>
            <translation>合格分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>{text} is not a number.</source>
            <translation>{text} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>No contractors.</source>
            <translation>没有外包单位。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>A contract needs the contractor, a number, --from and --to.</source>
            <translation>合同需要外包单位、合同编号、--from 和 --to。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>monthly fee</source>
            <translation>月费</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>No contracts.</source>
            <translation>没有合同。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>acceptance passed to level {level} of 3</source>
            <translation>三级验收已通过第 {level} 级</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>contractor self-check</source>
            <translation>外包单位自检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>property initial check</source>
            <translation>物业初验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>third-party final check</source>
            <translation>第三方终验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>on time</source>
            <translation>及时率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>first-time fix</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>rework</source>
            <translation>返修率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>satisfaction</source>
            <translation>满意率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>findings</source>
            <translation>检查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>SLA breaches</source>
            <translation>SLA 超时</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>penalty</source>
            <translation>罚款</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>No scores.</source>
            <translation>没有考核结果。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>no card</source>
            <translation>无牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>yellow card</source>
            <translation>黄牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/contractors.py" />
            <source>red card</source>
            <translation>红牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Manage the records database.</source>
            <translation>管理记录数据库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>upgrade the schema to this version (SQLite is backed up first)</source>
            <translation>把数据库结构升级到本版本（SQLite 先备份）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>show the database URL and schema revision</source>
            <translation>显示数据库地址和结构版本</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>write a consistent backup (records, documents, photos) to one file</source>
            <translation>把记录、文档、照片一致地备份到一个文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>overwrite an existing file</source>
            <translation>覆盖已有文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>restore a backup into a new, empty database (--db URL)</source>
            <translation>把备份恢复到一个新的空数据库（--db 地址）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>a file written by db backup</source>
            <translation>由 db backup 写出的文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Database already at revision {revision}.</source>
            <translation>数据库已是版本 {revision}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Database upgraded from {before} to {after}.</source>
            <translation>数据库已从 {before} 升级到 {after}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Backup: {path}</source>
            <translation>备份：{path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>up to date</source>
            <translation>已是最新</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>needs 'fmdesk db upgrade' (head {head})</source>
            <translation>需要运行“fmdesk db upgrade”（最新 {head}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>revision {revision}: {state}</source>
            <translation>版本 {revision}：{state}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Backup written to {path}: {rows} rows in {tables} tables, {documents} documents, {size:.1f} MB.</source>
            <translation>备份已写入 {path}：{tables} 张表共 {rows} 行记录，{documents} 个文件，{size:.1f} MB。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/db.py" />
            <source>Restored {rows} rows in {tables} tables and {documents} documents into {url}.</source>
            <translation>已将 {tables} 张表共 {rows} 行记录和 {documents} 个文件恢复到 {url}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>Added, removed, changed and moved elements between two IFC revisions.</source>
            <translation>两个 IFC 版本之间新增、删除、修改和移动的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>OLD.ifc</source>
            <translation>旧版.ifc</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>NEW.ifc</source>
            <translation>新版.ifc</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>move records onto regenerated GlobalIds</source>
            <translation>把记录改挂到重新生成的 GlobalId 上</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>records database URL (with --relink)</source>
            <translation>记录数据库地址（配合 --relink）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>Matched {matched} of {old} elements ({by_id} by GlobalId); {added} added, {removed} removed, {changed} changed, {moved} moved</source>
            <translation>匹配 {matched}/{old} 个构件（其中 {by_id} 个按 GlobalId）；新增 {added}，删除 {removed}，修改 {changed}，移动 {moved}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/diff.py" />
            <source>Records moved to new GlobalIds: {n}</source>
            <translation>已随新 GlobalId 迁移的记录：{n} 条</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>Documents (合格证, 检测报告, 隐蔽工程影像, photos…) stored by SHA-256.</source>
            <translation>按 SHA-256 保存的文档（合格证、检测报告、隐蔽工程影像、照片…）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>store a file and link it</source>
            <translation>保存文件并关联</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>documents linked to something</source>
            <translation>关联到某对象的文档</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>write a stored document to a file</source>
            <translation>把保存的文档写到文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>asset code</source>
            <translation>设备编码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>ASSET</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>flat or room name, or space GlobalId</source>
            <translation>户或房间名称，或空间 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>SPACE</source>
            <translation>空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>work-order number</source>
            <translation>工单编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>WO</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>model element GlobalId</source>
            <translation>模型构件 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>ELEMENT</source>
            <translation>构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>Stored #{id} {file} ({sha}…)</source>
            <translation>已保存 #{id} {file}（{sha}…）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>No documents.</source>
            <translation>没有文档。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/docs.py" />
            <source>Wrote {size} bytes to {path}</source>
            <translation>已写出 {size} 字节到 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>Open the fmdesk desktop application, optionally with an IFC model.</source>
            <translation>打开 fmdesk 桌面程序，可同时打开一个 IFC 模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>an .ifc or .ifczip file to open</source>
            <translation>要打开的 .ifc 或 .ifczip 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>user interface language (default: the saved choice, else the system locale)</source>
            <translation>界面语言（默认：已保存的选择，否则为系统区域设置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>save a picture of the window once it has started, then quit (checks an install)</source>
            <translation>启动后保存一张窗口截图然后退出（用于检查安装）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>PNG</source>
            <translation>图片文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>{model} does not exist; pass the path of an .ifc or .ifczip file.</source>
            <translation>{model} 不存在；请给出 .ifc 或 .ifczip 文件的路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/gui.py" />
            <source>No display found (DISPLAY is not set); run it in a desktop session, or headless with: xvfb-run -a -s '-screen 0 1600x1000x24' fmdesk gui</source>
            <translation>找不到显示器（未设置 DISPLAY）；请在桌面会话中运行，或用无界面方式：xvfb-run -a -s '-screen 0 1600x1000x24' fmdesk gui</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>start a handover with its checklist</source>
            <translation>开始一次承接查验及其检查表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>delivery date, 2027-06-30</source>
            <translation>交付日期，如 2027-06-30</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>DELIVERED</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>system (repeatable)</source>
            <translation>系统（可重复）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>space type (repeatable)</source>
            <translation>空间类型（可重复）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>the model file handed over</source>
            <translation>移交的模型文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>the builder (施工单位)</source>
            <translation>施工单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>BUILDER</source>
            <translation>施工单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>record a checklist result</source>
            <translation>记录一项检查结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>TARGET</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>GlobalId of the element concerned</source>
            <translation>相关构件的 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>record a revisit recheck</source>
            <translation>记录一次回访复查</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>recheck_id</source>
            <translation>复查编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>date done (default today)</source>
            <translation>完成日期（默认今天）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>ON</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>one handover with its checklist</source>
            <translation>查看一次承接查验及其检查表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>all handovers</source>
            <translation>全部承接查验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>warranty and revisit reminders</source>
            <translation>保修和回访提醒</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>TODAY</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>DAYS</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>the archive of handed-over documents</source>
            <translation>移交文档档案</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>DOC_TYPE</source>
            <translation>文档类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>records database URL</source>
            <translation>记录数据库地址</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>pending</source>
            <translation>待查</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>delivered</source>
            <translation>交付</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>revisit period {start} – {end}</source>
            <translation>质保期回访 {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>review issue {number}</source>
            <translation>审查问题 {number}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/handover.py" />
            <source>Name the file to archive.</source>
            <translation>请指定要归档的文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>Show the working-day calendar of a year and where it comes from, or import the State Council's adjusted-workday notice.</source>
            <translation>显示某年的工作日日历及其依据，或导入国务院办公厅的调休通知。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>adjustments CSV to import</source>
            <translation>要导入的调休 CSV</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>path</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>YEAR</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>adjustments CSV to use instead of saved</source>
            <translation>用这份调休 CSV 代替已保存的</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>WORKDAYS</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>Give the workday adjustments file, e.g. fmdesk holidays import 2027.csv.</source>
            <translation>请给出调休文件，例如 fmdesk holidays import 2027调休.csv。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>Imported {rows} workday adjustments ({years}); plans from now on use them</source>
            <translation>已导入 {rows} 条调休安排（{years}），今后的计划将使用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>Calendar basis {year}: {basis}</source>
            <translation>{year} 年日历依据：{basis}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>Working days: {count}</source>
            <translation>工作日 {count} 天</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/holidays.py" />
            <source>{day} adjusted working day</source>
            <translation>{day} 调休上班</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>IDS 1.0 checks of IFC models (buildingSMART test suite conformant).</source>
            <translation>IFC 模型的 IDS 1.0 检查（符合 buildingSMART 测试集）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>check a model against an IDS file</source>
            <translation>按 IDS 文件检查模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>IDS file (default: FM handover IDS)</source>
            <translation>IDS 文件（默认：物业交付 IDS）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>SPEC.ids</source>
            <translation>规范.ids</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>also write report.xlsx, .html or .bcf</source>
            <translation>同时写出 report.xlsx、.html 或 .bcf</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>REPORT</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>turn every failure into a review issue</source>
            <translation>每个不合格项转为审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>records database URL (with --to-issues)</source>
            <translation>记录数据库地址（配合 --to-issues）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>write the default FM handover IDS</source>
            <translation>写出默认的物业交付 IDS</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>where to write the .ids</source>
            <translation>.ids 的写入位置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>{applicable} applicable, {passed} passed, {failed} failed</source>
            <translation>适用 {applicable} 个，通过 {passed} 个，未通过 {failed} 个</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>… and {n} more</source>
            <translation>……另有 {n} 个</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>Report: {path}</source>
            <translation>报告：{path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>Review issues created: {n}</source>
            <translation>已创建审查问题：{n} 个</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Summarise an IFC model (.ifc or .ifczip): schema, writing application, storeys, spaces, elements, systems, ports and port connections, and what the reader assumed where the model breaks its schema.</source>
            <translation>IFC 模型（.ifc 或 .ifczip）概况：版本、生成软件、楼层、空间、构件、系统、端口和端口连接，以及模型不符合规范时读取程序所作的假定。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>path to an .ifc or .ifczip file</source>
            <translation>.ifc 或 .ifczip 文件的路径</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Model: {path} ({size})</source>
            <translation>模型：{path}（{size}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Schema: {schema}</source>
            <translation>版本：{schema}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Application: {application}</source>
            <translation>软件：{application}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Originating system: {system}</source>
            <translation>来源系统：{system}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Project: {name}</source>
            <translation>项目：{name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Storeys: {storeys}    Spaces: {spaces}    Elements: {elements}</source>
            <translation>楼层：{storeys}    空间：{spaces}    构件：{elements}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>By kind: {counts}</source>
            <translation>按类别：{counts}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>By IFC class: {counts}</source>
            <translation>按 IFC 类：{counts}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Systems: {count}</source>
            <translation>系统：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>{name}{kind} ({ifc_class}): {members} members, {ports} ports, {connected} connected</source>
            <translation>{name}{kind}（{ifc_class}）：{members} 个构件，{ports} 个端口，{connected} 个已连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Ports: {ports} ({connected} connected; directions: {directions})</source>
            <translation>端口：{ports}（{connected} 已连接；流向：{directions}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Port connections: {count}</source>
            <translation>端口连接：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Connected networks: {count}</source>
            <translation>连通网络：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/info.py" />
            <source>Reading warnings: {count}</source>
            <translation>读取警告：{count}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>Inspection rounds (巡检); a failed item opens a work order.</source>
            <translation>巡检；不合格项自动生成工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>list checklist templates</source>
            <translation>列出检查表模板</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>create a route over a storey and/or space</source>
            <translation>按楼层和/或空间建立巡检路线</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>start a round on a route</source>
            <translation>按路线开始一次巡检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>route</source>
            <translation>路线</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>INSPECTOR</source>
            <translation>巡检人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>record one checklist item</source>
            <translation>记录一项检查结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>round</source>
            <translation>巡检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>item code, e.g. PUMP-LEAK</source>
            <translation>检查项编码，例如 PUMP-LEAK</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>ITEM</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>finish a round and summarise it</source>
            <translation>结束巡检并汇总</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>repeated findings (屡查屡犯)</source>
            <translation>屡查屡犯的问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>generic</source>
            <translation>通用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>({count} items)</source>
            <translation>（{count} 项）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>Route {name}: {count} stops</source>
            <translation>路线 {name}：{count} 个点位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>Round {id} on {route}</source>
            <translation>巡检 {id}，路线 {route}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>work order {number}</source>
            <translation>工单 {number}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>(repeated finding: found {count} time(s) before)</source>
            <translation>（屡查屡犯：此前已发现 {count} 次）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>Round {id}: {checked} checked, {passed} passed, {failed} failed, {missing} not checked; orders {orders}</source>
            <translation>巡检 {id}：已查 {checked}，合格 {passed}，不合格 {failed}，未查 {missing}；工单 {orders}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/inspect.py" />
            <source>No repeated findings.</source>
            <translation>没有屡查屡犯的问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/isolate.py" />
            <source>Find the fewest operable valves or breakers that isolate a leak or fault at an element, the isolated segment and the flats that lose supply.</source>
            <translation>找出最少的可操作阀门或断路器来隔离某构件处的漏水或故障，给出隔离段和停水/停电的户。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/isolate.py" />
            <source>GlobalIds of the faulty elements</source>
            <translation>故障构件的 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/isolate.py" />
            <source>devices that cannot be operated (seized)</source>
            <translation>无法操作（卡死）的装置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/isolate.py" />
            <source>the devices among --at open (tripped breakers): who is affected</source>
            <translation>--at 中处于断开状态的装置（已跳闸的断路器）：影响到谁</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>KPIs of a period, overall or per contractor, system, building or team; --drill KPI lists the work orders behind one figure.</source>
            <translation>一段时间的关键绩效指标，整体或按外包单位、系统、楼栋、班组分组；--drill 指标 列出某个数字背后的工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>first day, 2027-01-01</source>
            <translation>开始日期，如 2027-01-01</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>last day (included), 2027-01-31</source>
            <translation>结束日期（含当天），如 2027-01-31</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>one group per …</source>
            <translation>分组方式：每个…一组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>list the work orders behind this KPI</source>
            <translation>列出这个指标背后的工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>with --drill and --by: only this group</source>
            <translation>与 --drill 和 --by 一起使用：只看这一组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>GROUP</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>orders listed by --drill</source>
            <translation>--drill 列出的工单数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>KPIs {start} – {end}</source>
            <translation>KPI {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>In-house</source>
            <translation>自有班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/kpi.py" />
            <source>{label}: {total} work orders</source>
            <translation>{label}：{total} 张工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>Plan the handling of a reported leak: locate it, trace it upstream, the valves to close, the flats that lose water with the notice text, and the reopen order.</source>
            <translation>规划已报告漏水的处置：定位、向上游追溯、要关的阀门、停水的户及通知文本，以及恢复供水的顺序。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>flat (1-601), room or GlobalId</source>
            <translation>户（1-601）、房间或 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>ELEMENT_OR_FLAT</source>
            <translation>构件或户</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>IFC model (default: the last imported)</source>
            <translation>IFC 模型（默认：最近导入的）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>expected duration of the shut-off (hours)</source>
            <translation>预计停水时长（小时）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>HOURS</source>
            <translation>小时数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>also create the shut-off order</source>
            <translation>同时新建关阀工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>Fed from: {names}</source>
            <translation>水源：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>Warning: the leak cannot be fully isolated by valves.</source>
            <translation>注意：仅靠阀门无法完全隔离此处漏水。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/leak.py" />
            <source>Work order created: {number}</source>
            <translation>已生成工单：{number}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>Estimate service life, age, remaining life and replacement year per asset.</source>
            <translation>按设备估算使用寿命、已用年限、剩余寿命和更换年份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>IFC model to take the assets from</source>
            <translation>从中取设备的 IFC 模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>records database URL (default: settings)</source>
            <translation>记录数据库地址（默认：设置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>URL</source>
            <translation>数据库地址</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>life overrides and ISO 15686 factors per asset/group (CSV)</source>
            <translation>按设备/分组的寿命覆盖值和 ISO 15686 系数（CSV）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>OVERRIDES</source>
            <translation>覆盖值文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>only this asset code (repeatable)</source>
            <translation>只看此设备编码（可重复）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>as of 1 January</source>
            <translation>以当年 1 月 1 日为准</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>{years:g} years</source>
            <translation>{years:g} 年</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/lifecycle.py" />
            <source>life {life}, due {end}; {basis}</source>
            <translation>寿命 {life}，到期 {end}；{basis}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>Meter readings and the anomalies found in them: jumps and drops, night flow (hidden leaks), main meters not balancing their sub-meters, stopped meters and meters going backwards.</source>
            <translation>计量表读数及其中发现的异常：突增与突降、夜间流量（暗漏）、总表与分表不平衡、停走和倒走的表。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>import cumulative readings from CSV or Excel</source>
            <translation>从 CSV 或 Excel 导入累计读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>CSV or .xlsx with the columns meter, time, reading (表号, 时间, 读数)</source>
            <translation>CSV 或 .xlsx 文件，列为 表号、时间、读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>the meters, their parent meter and last reading</source>
            <translation>列出计量表、其上级总表和最近读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>anomalies that started in a period</source>
            <translation>某段时间内开始的异常</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>YYYY-MM-DD[THH:MM]</source>
            <translation>年-月-日[T时:分]</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>only this meter (asset code)</source>
            <translation>只看这块表（设备编码）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>METER</source>
            <translation>表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>turn an anomaly into a work order</source>
            <translation>把异常转为工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>anomaly id, as `meters anomalies` prints it</source>
            <translation>异常编号，即 `meters anomalies` 显示的编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>anomaly</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>'{text}' is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)</source>
            <translation>“{text}”不是日期（YYYY-MM-DD）或时间（YYYY-MM-DDTHH:MM）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>{added} readings added, {updated} updated, {unchanged} unchanged, {bad} bad rows.</source>
            <translation>新增读数 {added} 条，更新 {updated} 条，未变 {unchanged} 条，错误行 {bad} 行。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>  line {line}: {reason}</source>
            <translation>  第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>under {parent}</source>
            <translation>上级表 {parent}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>No meters; import the model's assets first.</source>
            <translation>没有计量表；请先导入模型的设备台账。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source> and {n} more</source>
            <translation> 等另外 {n} 项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>Work order: {number}</source>
            <translation>工单：{number}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>No anomalies.</source>
            <translation>没有异常。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/meters.py" />
            <source>Work order {number} created: {title}</source>
            <translation>已生成工单 {number}：{title}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_check.py" />
            <source>Report what a model author must fix so traces and isolation work: unconnected elements, open ends, fragments, flow directions, loops, …</source>
            <translation>列出建模人员必须修正的问题，以便追溯和隔离可用：未连接构件、开口端、断开片段、流向、环路……</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_check.py" />
            <source>findings listed per code in text (default 20)</source>
            <translation>文本中每类问题最多列出的条数（默认 20）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_graph.py" />
            <source>Print every network of a model as nodes, edges (with the basis and confidence of each) and the network check's findings.</source>
            <translation>输出模型的每个管网：节点、连线（各自的依据和可信度）以及管网检查的问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_graph.py" />
            <source>Nodes: {count} ({media})</source>
            <translation>节点：{count}（{media}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_graph.py" />
            <source>Edges: {count} ({bases})</source>
            <translation>连接：{count}（{bases}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/network_graph.py" />
            <source>Findings: {count} ({severities})</source>
            <translation>问题：{count}（{severities}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/options.py" />
            <source>database URL (default: the embedded SQLite database, or FMDESK_DATABASE_URL)</source>
            <translation>数据库地址（默认：内置 SQLite 数据库，或 FMDESK_DATABASE_URL）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/options.py" />
            <source>who is acting (recorded in the history)</source>
            <translation>操作人（记入历史）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/options.py" />
            <source>Password of {name}: </source>
            <translation>“{name}”的密码：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>add or update staff from an .xlsx or .csv file</source>
            <translation>从 .xlsx 或 .csv 文件新增或更新人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>人员名单.xlsx</source>
            <translation>人员名单.xlsx</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>import the sample site's staff</source>
            <translation>导入示例项目的人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>everyone by team, with certificates and pattern</source>
            <translation>按班组列出全部人员，含证书和班次模式</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>include people no longer active</source>
            <translation>包括已不在岗的人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>certificates that expire soon</source>
            <translation>即将到期的证书</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>Give the staff file, e.g. fmdesk people import 人员名单.xlsx.</source>
            <translation>请给出人员名单文件，例如 fmdesk people import 人员名单.xlsx。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>Line {line}: {message}</source>
            <translation>第 {line} 行：{message}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>own staff</source>
            <translation>本单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>Nobody on the staff list.</source>
            <translation>人员名单为空。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>{person} ({team}): {kind} expires {date}, in {days} days</source>
            <translation>{person}（{team}）：{kind} 将于 {date} 到期，还剩 {days} 天</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>{person} ({team}): {kind} expired on {date}</source>
            <translation>{person}（{team}）：{kind} 已于 {date} 过期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/people.py" />
            <source>No certificate expires within {days} days.</source>
            <translation>{days} 天内没有到期的证书。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Plan a year of preventive maintenance on Chinese working days and write it to Excel; import a planner's edited workbook back.</source>
            <translation>按中国工作日排一年的预防性保养计划并写入 Excel；可导回计划员修改过的工作簿。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>plan year</source>
            <translation>计划年份</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>workbook to write (.xlsx)</source>
            <translation>要写入的工作簿（.xlsx）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>task library CSV (default: bundled)</source>
            <translation>任务库 CSV（默认：内置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>TASKS</source>
            <translation>任务库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>team capacity CSV (default: bundled)</source>
            <translation>班组产能 CSV（默认：内置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>TEAMS</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>workday adjustments CSV (调休安排; default: the imported one)</source>
            <translation>调休安排 CSV（默认：已导入的）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>done records and edits to keep (JSON)</source>
            <translation>要保留的完成记录和修改（JSON）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>STATE</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>also write one .ics file per team here</source>
            <translation>同时在此目录下为每个班组写一个 .ics 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>ICS_DIR</source>
            <translation>日历目录</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>edited plan workbook to read back</source>
            <translation>要读回的已修改计划工作簿</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>IMPORT_EDITS</source>
            <translation>修改过的工作簿</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>apply the valid rows even if some are wrong</source>
            <translation>即使部分行有误也应用有效的行</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Maintenance plan {year}: {assets} assets, {visits} visits, {hours:g} hours</source>
            <translation>{year} 年度保养计划：{assets} 台设备，{visits} 次保养，{hours:g} 工时</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Calendar basis: {basis}</source>
            <translation>日历依据：{basis}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>, {count} over capacity or window</source>
            <translation>，{count} 次超出产能/窗口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>{team} ({kind}): {visits} visits, {hours:g} hours{extra}</source>
            <translation>{team}（{kind}）：{visits} 次，{hours:g} 工时{extra}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Ten-year replacement budget (yuan): {budget}</source>
            <translation>十年更换预算（元）：{budget}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Import: all {rows} rows valid, {edits} changes, {done} done records, applied</source>
            <translation>导入：{rows} 行全部有效，{edits} 处调整，{done} 条完成记录，已应用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>valid rows applied</source>
            <translation>已应用有效行</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>nothing applied</source>
            <translation>未应用任何修改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Import: {count} rows wrong ({state}):</source>
            <translation>导入：{count} 行有误（{state}）：</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>row {row} {column} {value}</source>
            <translation>第 {row} 行 {column} {value}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/plan.py" />
            <source>Note: {warning}</source>
            <translation>注意：{warning}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>add a check plan</source>
            <translation>新增检查计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>planned day, 2027-03-15</source>
            <translation>计划日期，如 2027-03-15</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>CHECKER</source>
            <translation>检查人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>record a finding and dispatch it</source>
            <translation>记录问题并派发</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>the check item that failed, e.g. 消火栓箱被遮挡</source>
            <translation>不合格的检查项，例如 消火栓箱被遮挡</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>GlobalId of the model element</source>
            <translation>模型构件的 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>PLAN</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>CONTRACTOR</source>
            <translation>外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>a concealed fault (隐瞒故障)</source>
            <translation>隐瞒故障</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>rectify by, 2027-03-20T18:00</source>
            <translation>整改期限，如 2027-03-20T18:00</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>DEADLINE</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>DESCRIPTION</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>PHOTO</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>report a finding rectified</source>
            <translation>报告问题已整改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>close a rechecked finding (销项)</source>
            <translation>关闭已复查的问题（销项）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>e.g. ZJ-2027-000012</source>
            <translation>例如 ZJ-2027-000012</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>recheck a rectified finding</source>
            <translation>复查已整改的问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>list findings (or plans)</source>
            <translation>列出问题（或计划）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>list the check plans instead</source>
            <translation>改为列出检查计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>only repeated findings (屡查屡犯)</source>
            <translation>只看屡查屡犯的问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>{text} is not a date and time; write it as 2027-03-20T18:00.</source>
            <translation>{text} 不是日期时间；请写成 2027-03-20T18:00。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>repeated</source>
            <translation>屡查屡犯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>concealed</source>
            <translation>隐瞒故障</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>due</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>to rectify</source>
            <translation>待整改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>rectified</source>
            <translation>已整改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>rechecked</source>
            <translation>已复核</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>closed (销项)</source>
            <translation>已销项</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/quality.py" />
            <source>No check plans.</source>
            <translation>没有检查计划。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>isometric</source>
            <translation>等轴测</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>top</source>
            <translation>俯视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>bottom</source>
            <translation>仰视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>front</source>
            <translation>前视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>back</source>
            <translation>后视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>left</source>
            <translation>左视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>right</source>
            <translation>右视</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>Render an IFC model to a PNG without a display (off-screen).</source>
            <translation>无需显示器把 IFC 模型渲染为 PNG（离屏）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>picture to write</source>
            <translation>要写入的图片</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>standard view</source>
            <translation>标准视图</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>show only this storey</source>
            <translation>只显示此楼层</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>GlobalIds to highlight</source>
            <translation>要高亮的 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>GUID,...</source>
            <translation>GlobalId,...</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>picture size</source>
            <translation>图片尺寸</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>WxH</source>
            <translation>宽x高</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>architecture transparent</source>
            <translation>建筑构件半透明</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>IFC styles or by class</source>
            <translation>按 IFC 样式或按类别着色</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>re-mesh, ignore the cache</source>
            <translation>重新生成网格，不用缓存</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>{path}: {width}x{height}, {view} view, {count} elements</source>
            <translation>{path}：{width}x{height}，{view}视图，{count} 个构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>, {count} without geometry</source>
            <translation>，{count} 个没有几何</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>--size {text} is not WIDTHxHEIGHT; use e.g. --size 1600x1000.</source>
            <translation>--size {text} 不是“宽x高”格式；例如 --size 1600x1000。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/render.py" />
            <source>--size {text} is out of range; use 16 to 8192 pixels per side.</source>
            <translation>--size {text} 超出范围；每边须为 16 到 8192 像素。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>Monthly facility health and engineering O&amp;M reports.</source>
            <translation>月度设施健康报告和工程运维报告。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>the reports of one month</source>
            <translation>某个月的报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>the month, 2027-01</source>
            <translation>月份，如 2027-01</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>FILE.pdf or FILE.xlsx</source>
            <translation>文件.pdf 或 文件.xlsx</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>which report (default both, in one file)</source>
            <translation>哪份报告（默认两份，合在一个文件里）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/report.py" />
            <source>Wrote {path} ({pages} pages) in {seconds} s</source>
            <translation>已生成 {path}（{pages} 页），用时 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>Review issues pinned to model elements (design review, handover).</source>
            <translation>挂在模型构件上的审查问题（设计审查、承接查验）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>create a review issue on elements</source>
            <translation>在构件上新建审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>GlobalId (repeatable)</source>
            <translation>GlobalId（可重复）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>due date, e.g. 2027-03-31</source>
            <translation>截止日期，例如 2027-03-31</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>DUE</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>COMMENT</source>
            <translation>评论</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>a PNG of what you saw</source>
            <translation>你所看到画面的 PNG</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>SNAPSHOT</source>
            <translation>截图</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>list review issues (newest first)</source>
            <translation>列出审查问题（最新在前）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>ISSUE_TYPE</source>
            <translation>问题类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>issues on this GlobalId</source>
            <translation>此 GlobalId 上的问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>one review issue with its comments</source>
            <translation>查看一个审查问题及其评论</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>move an issue to another status</source>
            <translation>把问题改为另一状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>comment on an issue</source>
            <translation>评论问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>raise a rework work order (返修) from an issue</source>
            <translation>由问题生成返修工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>  OVERDUE</source>
            <translation>  已逾期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>Assignee: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>No review issues.</source>
            <translation>没有审查问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" />
            <source>Work order {order} raised from {number}.</source>
            <translation>已由 {number} 生成工单 {order}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>'{text}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>“{text}”不是日期；请写成 年-月-日，例如 2027-01-05。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>'{text}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>“{text}”不是时间；请写成 年-月-日 时:分，例如 2027-01-05 02:00。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>YYYY-MM, e.g. 2027-01</source>
            <translation>年月，格式 YYYY-MM，例如 2027-01</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>generate a month from the shift patterns</source>
            <translation>按班次模式生成一个月的值班表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>pattern for people without one, e.g. 四班三倒</source>
            <translation>未设班次模式人员所用的模式，例如 四班三倒</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>PATTERN</source>
            <translation>班次模式</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>also overwrite hand edits</source>
            <translation>同时覆盖手工修改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>print the month</source>
            <translation>打印当月值班表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>change one person's shift on one day</source>
            <translation>修改某人某天的班次</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>shift code, e.g. 值 or 休</source>
            <translation>班次代码，例如 值 或 休</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>write the printable month grid (.xlsx)</source>
            <translation>写出可打印的月度值班表（.xlsx）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>site name in the title row</source>
            <translation>标题行中的项目名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>SITE</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>who is on duty now</source>
            <translation>当前谁在值班</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>another moment, local time</source>
            <translation>指定其他时刻（当地时间）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>AT</source>
            <translation>时刻</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>the shift patterns</source>
            <translation>班次模式列表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>add or change a shift pattern</source>
            <translation>新增或修改班次模式</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>e.g. 做一休二</source>
            <translation>例如 做一休二</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>shift codes in order, e.g. 值,休,休</source>
            <translation>按顺序排列的班次代码，例如 值,休,休</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>CYCLE</source>
            <translation>循环</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>run on working days only</source>
            <translation>只在工作日排班</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>Roster of {month}: {people} people, {cells} shifts written.</source>
            <translation>{month} 值班表：{people} 人，已排 {cells} 个班次。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>The staff list was empty: the sample site's {n} people were loaded (replace them with fmdesk people import).</source>
            <translation>人员名单为空：已载入示例项目的 {n} 名人员（可用 fmdesk people import 导入本单位名单）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>No roster for {month} yet; run fmdesk roster generate.</source>
            <translation>{month} 尚未排班；请运行 fmdesk roster generate。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>{person} on {day}: {code}</source>
            <translation>{person} {day}：{code}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>Roster of {month} written to {path}.</source>
            <translation>{month} 值班表已保存到 {path}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>Nobody is on duty.</source>
            <translation>当前无人值班。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/roster.py" />
            <source>Shift pattern {name}: {cycle}</source>
            <translation>班制 {name}：{cycle}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>Write realistic generated residential buildings with water, drainage, fire and power systems. Without size options, writes the three committed samples.</source>
            <translation>生成带给水、排水、消防和供电系统的逼真示例住宅楼。不给尺寸选项时，写出三个随附的示例模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>residential storeys (default 6)</source>
            <translation>住宅层数（默认 6）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>STOREYS</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>flats per storey (default 4)</source>
            <translation>每层户数（默认 4）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>UNITS_PER_STOREY</source>
            <translation>每层户数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>IFC4, IFC2X3 or IFC4X3 (default: all three)</source>
            <translation>IFC4、IFC2X3 或 IFC4X3（默认：三种都写）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>SCHEMA</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>output folder (default ifc_samples)</source>
            <translation>输出文件夹（默认 ifc_samples/）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>print paths and counts as JSON</source>
            <translation>以 JSON 输出路径和数量</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>generate YEARS of records</source>
            <translation>生成若干年的记录</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>YEARS</source>
            <translation>年数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>random seed of the history</source>
            <translation>历史数据的随机种子</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>SEED</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>last day of the history (default today)</source>
            <translation>历史数据的最后一天（默认今天）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>UNTIL</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>skip when the database already has orders</source>
            <translation>数据库中已有工单时跳过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>({schema}, {elements} elements, {ports} ports, {size:.1f} MB, {seconds:.1f} s)</source>
            <translation>（{schema}，{elements} 个构件，{ports} 个端口，{size:.1f} MB，{seconds:.1f} 秒）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>teams</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>technicians</source>
            <translation>技术员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>contractors</source>
            <translation>外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>repair orders</source>
            <translation>维修工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>preventive orders</source>
            <translation>计划保养工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>acceptance checks</source>
            <translation>验收记录</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>satisfaction ratings</source>
            <translation>满意度评价</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>inspection rounds</source>
            <translation>巡检轮次</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>inspection results</source>
            <translation>巡检结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>orders from inspections</source>
            <translation>巡检转工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>quality check plans</source>
            <translation>品质检查计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>quality findings</source>
            <translation>品质检查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>repeated findings</source>
            <translation>屡查屡犯问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>meter readings</source>
            <translation>计量表读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>The database already has work orders; no history added.</source>
            <translation>数据库中已有工单；未添加历史数据。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/samples.py" />
            <source>History {start} – {end} generated in {seconds:.1f} s: {counts}</source>
            <translation>已生成 {start} – {end} 的历史数据，用时 {seconds:.1f} 秒：{counts}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>List, export, import (checked) or reset the preventive-maintenance task library used by 'fmdesk plan'.</source>
            <translation>列出、导出、导入（经检查）或恢复“fmdesk plan”所用的预防性保养任务库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>CSV file for export/import</source>
            <translation>导出/导入用的 CSV 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>Give the CSV file to {action}, e.g. fmdesk tasks {action} tasks.csv.</source>
            <translation>请给出 {action} 的 CSV 文件路径，例如 fmdesk tasks {action} 任务库.csv。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>Exported {count} tasks to {path}</source>
            <translation>已导出 {count} 项任务到 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>Imported {count} tasks; plans from now on use this library</source>
            <translation>已导入 {count} 项任务，今后的计划使用此任务库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>Built-in task library restored</source>
            <translation>已恢复内置任务库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/tasks.py" />
            <source>The built-in task library is in use</source>
            <translation>正在使用内置任务库</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/trace.py" />
            <source>Trace what feeds an element or a flat (upstream, back to the sources) or what it feeds (downstream, with the flats served).</source>
            <translation>追溯给某构件或某户供水/供电的来源（上游，直到水源/电源），或它供给的对象（下游，含所供的户）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/trace.py" />
            <source>element or space GlobalId</source>
            <translation>构件或空间的 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/trace.py" />
            <source>GUID</source>
            <translation>GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/trace.py" />
            <source>default %(default)s</source>
            <translation>默认 %(default)s</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Training on the building's own model.</source>
            <translation>基于本楼模型的培训。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>score a shut-off answer against isolate</source>
            <translation>按隔离结果给关阀答案评分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>the burst pipe</source>
            <translation>爆管的管道</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>the faulty circuit's cable</source>
            <translation>故障回路的电缆</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>devices chosen</source>
            <translation>所选装置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>list, export, import or delete guided tours</source>
            <translation>列出、导出、导入或删除导览</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>tours (of one model)</source>
            <translation>导览（某个模型的）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>write a tour to a .fmtour (zip) or .json file</source>
            <translation>把导览写成 .fmtour（zip）或 .json 文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>import a tour file</source>
            <translation>导入导览文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>check the tour against this model</source>
            <translation>按此模型检查导览</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>replace a tour of the same title</source>
            <translation>替换同名导览</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>delete a tour</source>
            <translation>删除导览</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>list trainees, or add one</source>
            <translation>列出学员，或添加一名</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>TEAM</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>who has done what, who is due a refresher</source>
            <translation>谁做过什么，谁该复训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>drill sets (of one model)</source>
            <translation>演练组（某个模型的）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>create a drill set of leak drills</source>
            <translation>新建漏水演练组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>pipes to burst</source>
            <translation>要爆管的管道</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>pick N leaks at random</source>
            <translation>随机选 N 处漏水</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>PASS_MARK</source>
            <translation>及格分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>REFRESHER_MONTHS</source>
            <translation>复训间隔月数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>certificate PDF of a passed drill set</source>
            <translation>通过演练组的证书 PDF</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>FILE.pdf</source>
            <translation>文件.pdf</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Score: {score}/100</source>
            <translation>得分：{score}/100</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Right answer: {names}</source>
            <translation>正确答案：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Correct: {names}</source>
            <translation>答对：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Missing: {names}</source>
            <translation>遗漏：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Unnecessary: {names}</source>
            <translation>多关：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Still wet: {spaces}</source>
            <translation>仍在漏水：{spaces}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Needlessly cut off: {spaces}</source>
            <translation>不必要停水：{spaces}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>{n} stops</source>
            <translation>{n} 站</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>No tours.</source>
            <translation>没有巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Tour written to {path}</source>
            <translation>巡览已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Imported {title} ({n} stops) as tour {id}.</source>
            <translation>已导入 {title}（{n} 站），编号 {id}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Not in the model: {ids}</source>
            <translation>模型中没有：{ids}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Tour {id} deleted.</source>
            <translation>巡览 {id} 已删除。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Trainee {name} added.</source>
            <translation>已添加学员 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>No trainees.</source>
            <translation>没有学员。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>not passed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>refresher due soon</source>
            <translation>即将需要复训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>refresher due</source>
            <translation>需要复训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>{n} drills, pass mark {mark}</source>
            <translation>{n} 道演练，合格线 {mark}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>No drill sets.</source>
            <translation>没有演练题组。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Drill set {name} saved with {n} drills.</source>
            <translation>演练题组 {name} 已保存，共 {n} 道。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" />
            <source>Certificate written to {path}</source>
            <translation>证书已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>Users who sign in to fmdesk and their roles.</source>
            <translation>登录 fmdesk 的用户及其角色。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>add a user with a role</source>
            <translation>添加用户并指定角色</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>optional; asked at login when set</source>
            <translation>可选；设置后登录时需要输入</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>PASSWORD</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>list the users and their roles</source>
            <translation>列出用户及其角色</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>disable a user (its history stays)</source>
            <translation>停用用户（其历史记录保留）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>enable a disabled user again</source>
            <translation>重新启用已停用的用户</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>set or change a user's password</source>
            <translation>设置或修改用户密码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>the new password ('' removes it)</source>
            <translation>新密码（'' 表示取消密码）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source> (disabled)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>User added: {line}</source>
            <translation>已添加用户：{line}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>No users: single-user mode (everything is allowed).</source>
            <translation>没有用户：单用户模式（所有操作都允许）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/users.py" />
            <source>Password changed for {name}.</source>
            <translation>已修改“{name}”的密码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>Work orders (工单闭环): reported → dispatched → … → closed.</source>
            <translation>工单闭环：已报修 → 已派单 → … → 已关闭。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>asset code (or GlobalId)</source>
            <translation>设备编码（或 GlobalId）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>flat or room, e.g. 1-1202</source>
            <translation>户或房间，例如 1-1202</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>REPORTER</source>
            <translation>报修人</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>move a work order to another state</source>
            <translation>把工单转到另一状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>e.g. GD-2027-000123</source>
            <translation>例如 GD-2027-000123</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>technician name</source>
            <translation>维修工姓名</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>contractor name</source>
            <translation>外包单位名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>refuse if someone saved it since</source>
            <translation>如有人在此后保存过则拒绝</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>list work orders (newest first)</source>
            <translation>列出工单（最新在前）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>only orders past an SLA deadline</source>
            <translation>只看已超出 SLA 时限的工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>one work order with its timeline</source>
            <translation>查看一张工单及其时间线</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>record the resident's satisfaction (1-5)</source>
            <translation>记录住户满意度（1-5）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>SCORE</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>who should be dispatched (skill, load, place)</source>
            <translation>应派给谁（技能、负荷、位置）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>register a technician</source>
            <translation>登记维修工</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>where they are based, e.g. B1</source>
            <translation>常驻位置，例如 B1</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>register a contractor</source>
            <translation>登记外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>OVERDUE</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>Created {order}</source>
            <translation>已新建 {order}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>No work orders.</source>
            <translation>没有工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>{number} rated {score}/5</source>
            <translation>{number} 评分 {score}/5</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>No active technicians.</source>
            <translation>没有在岗的维修工。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>Technician {name} ({skills})</source>
            <translation>维修工 {name}（{skills}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/wo.py" />
            <source>Contractor {name}</source>
            <translation>外包单位 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_ics.py" />
            <source>Cannot create the folder {out}: {strerror}; choose another place.</source>
            <translation>无法创建文件夹 {out}: {strerror}；请选择其他位置。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_ics.py" />
            <source>Cannot write {path}: {strerror}; check the folder's permissions.</source>
            <translation>无法写入 {path}: {strerror}；请检查文件夹权限。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_import.py" />
            <source>Cannot read {name} ({error}); choose an .xlsx plan exported by fmdesk.</source>
            <translation>无法读取 {name}（{error}）；请选择由 fmdesk 导出的 .xlsx 计划文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_import.py" />
            <source>{name} has no '{sheet}' sheet; import a plan exported by fmdesk.</source>
            <translation>{name} 中没有“{sheet}”工作表；请导入由 fmdesk 导出的计划。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_import.py" />
            <source>The '{sheet}' sheet lacks the columns {columns}; do not delete or rename the headers.</source>
            <translation>“{sheet}”工作表缺少列 {columns}；请不要删除或改名表头。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_import.py" />
            <source>{count} rows are wrong (rows {rows}); nothing was applied. Correct them and import again, or choose to apply only the valid rows.</source>
            <translation>有 {count} 行有误（第 {rows} 行），未应用任何修改；请改正后重新导入，或选择只应用正确的行。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_import.py" />
            <source>Cannot read the plan state file {path} ({error}); check the file.</source>
            <translation>无法读取计划状态文件 {path}（{error}）；请检查文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>at least every 15 days; 28 items (T5001-2009) / about 31 (T5002-2017)</source>
            <translation>至少每 15 天一次；28 项（T5001-2009）/ 约 31 项（T5002-2017）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>about 13 items (count unconfirmed); done with a half-monthly visit</source>
            <translation>约 13 项（项数待核实）；结合半月维保一并进行</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>about 16 items (count unconfirmed)</source>
            <translation>约 16 项（项数待核实）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>about 17 items incl. brake capacity; insulation; governor-safety gear linkage; buffers</source>
            <translation>约 17 项，含制动能力、绝缘、限速器与安全钳联动、缓冲器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>local health rules (二次供水)</source>
            <translation>地方卫生规定（二次供水）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>at least every half year; some cities require quarterly; GB 17051 annual</source>
            <translation>至少每半年一次；部分城市要求每季度；GB 17051 每年</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>monthly (daily in winter; keep &gt;= 5 C)</source>
            <translation>每月（冬季每日；保持不低于 5 ℃）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>quarterly batches; all detectors and call points annually (GB 50166-2019 supersedes: verify)</source>
            <translation>每季度分批；全部探测器和手动报警按钮每年一次（以 GB 50166-2019 为准，待核实）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>quarterly batches; all call points annually</source>
            <translation>每季度分批；全部手动报警按钮每年一次</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>monthly visual check</source>
            <translation>每月外观检查</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>common practice (unconfirmed against GB 25201)</source>
            <translation>行业惯例（未与 GB 25201 核对）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>SFG20 44-07 (as reported)</source>
            <translation>SFG20 44-07（据报）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>6-monthly inspection</source>
            <translation>每半年检查</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>6-monthly</source>
            <translation>每半年</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>RCD named but not typed as one</source>
            <translation>名称为漏电断路器，但模型未按此类型建模</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>common practice</source>
            <translation>行业惯例</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>unconfirmed against SFG20</source>
            <translation>未与 SFG20 核对</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>common practice (verify against DL/T 596)</source>
            <translation>行业惯例（以 DL/T 596 为准核对）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>monthly function test</source>
            <translation>每月功能测试</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>monthly function test (named emergency light)</source>
            <translation>每月功能测试（名称为应急灯）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>annual full-duration test (1 or 3 h)</source>
            <translation>每年全时长测试（1 或 3 小时）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>common practice (manufacturer O&amp;M manual)</source>
            <translation>行业惯例（厂家运维手册）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>vibration; noise; seal leakage; bearing temperature; pressure</source>
            <translation>振动、噪声、密封泄漏、轴承温度、压力</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>bearings; seals; coupling alignment; motor insulation</source>
            <translation>轴承、密封、联轴器对中、电机绝缘</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_library_texts.py" />
            <source>exercise main and pump-room valves</source>
            <translation>活动总阀和泵房阀门</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_xlsx.py" />
            <source>Cannot write {path}: the folder does not exist or is not writable; choose another place.</source>
            <translation>无法写入 {path}：文件夹不存在或不可写；请选择其他位置。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/plan_xlsx.py" />
            <source>Cannot write {path}: {strerror}; check that the folder exists and the file is not open in Excel.</source>
            <translation>无法写入 {path}: {strerror}；请确认文件夹存在且文件未在 Excel 中打开。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/qr_labels.py" />
            <source>No assets were selected for labels; choose at least one asset.</source>
            <translation>没有选中要打印标签的设备；请至少选择一台设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/qr_labels.py" />
            <source>Labels are written as .pdf or .png, not '{suffix}'.</source>
            <translation>标签只能写成 .pdf 或 .png，不能是“{suffix}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/qr_labels.py" />
            <source>Cannot write the label sheet to '{out}': {strerror}.</source>
            <translation>无法把标签页写到“{out}”：{strerror}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>IFC class</source>
            <translation>IFC 类</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Storey</source>
            <translation>楼层</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Room</source>
            <translation>房间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Flat</source>
            <translation>户/空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Long name</source>
            <translation>全称</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>open</source>
            <translation>断开</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>segment</source>
            <translation>隔离段</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>affected</source>
            <translation>受影响</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>source</source>
            <translation>水源/电源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Elements</source>
            <translation>构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Affected spaces</source>
            <translation>受影响空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Cannot write {path} ({value}); close it in Excel or choose another folder.</source>
            <translation>无法写入 {path}（{value}）；请在 Excel 中关闭该文件或选择其他文件夹。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Upstream trace</source>
            <translation>上游追溯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Downstream trace</source>
            <translation>下游追溯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Isolation</source>
            <translation>漏水/故障隔离</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Outage</source>
            <translation>停电/停水影响</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Media</source>
            <translation>介质</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Elements reached</source>
            <translation>到达构件数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Sources</source>
            <translation>水源/电源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Leak or fault at</source>
            <translation>漏水/故障点</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Devices to close</source>
            <translation>需关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Fully isolated</source>
            <translation>完全隔离</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Skipped</source>
            <translation>跳过(不可操作)</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Segment</source>
            <translation>隔离段构件数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Collateral</source>
            <translation>受影响构件数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Unisolated</source>
            <translation>无法隔离的水源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Opened</source>
            <translation>断开</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Affected</source>
            <translation>受影响构件数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Flats</source>
            <translation>受影响户/空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Inferred edges used</source>
            <translation>使用推断连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>Inferred edge</source>
            <translation>推断连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>flat</source>
            <translation>户/空间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/exports/trace_xlsx.py" />
            <source>room</source>
            <translation>房间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>Specification “{spec}” is prohibited and must not have requirements.</source>
            <translation>规范“{spec}”为禁止型，不能带有要求。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>The required class {required} can never be the applicable class {applicable}.</source>
            <translation>要求的类 {required} 永远不可能是适用的类 {applicable}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>Class names in IDS are written in upper case: {name}.</source>
            <translation>IDS 中的类名必须大写：{name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>{name} is not an IFC class of {schemas}.</source>
            <translation>{name} 不是 {schemas} 中的 IFC 类。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>{name} has no predefined type in {schema}.</source>
            <translation>{name} 在 {schema} 中没有预定义类型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>{classes} has no attribute {name} that an IDS can check.</source>
            <translation>{classes} 没有 IDS 可检查的属性 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>Attribute {name} holds an object or a list, which cannot have a value.</source>
            <translation>属性 {name} 保存的是对象或列表，不能指定取值。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>A pattern cannot check the number {subject}; use bounds or a value.</source>
            <translation>正则模式不能检查数值 {subject}；请改用范围或具体值。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/audit.py" />
            <source>“{value}” is not a valid {base} value for {subject}.</source>
            <translation>“{value}”不是 {subject} 的有效 {base} 值。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/check.py" />
            <source>Checking “{spec}”</source>
            <translation>正在检查“{spec}”</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/check.py" />
            <source>No element is applicable, but the specification is required.</source>
            <translation>没有适用的构件，但该规范为必需。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/check.py" />
            <source>Prohibited: no element may meet this applicability.</source>
            <translation>禁止：任何构件都不得满足此适用条件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/loader.py" />
            <source>IDS file {path} does not exist.</source>
            <translation>IDS 文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/loader.py" />
            <source>{name} is not a valid IDS 1.0 file: {reason} (at {where}).</source>
            <translation>{name} 不是有效的 IDS 1.0 文件：{reason}（位置 {where}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/loader.py" />
            <source>{name} is not a readable IDS file: {reason}.</source>
            <translation>{name} 不是可读取的 IDS 文件：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/loader.py" />
            <source>{name} is not a valid IDS: in specification “{spec}”, {problem}</source>
            <translation>{name} 不是有效的 IDS：规范“{spec}”中，{problem}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Must not: {requirement}</source>
            <translation>不得：{requirement}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>If given: {requirement}</source>
            <translation>如提供：{requirement}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Class {name} of type {type}</source>
            <translation>类 {name}，类型 {type}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Class {name}</source>
            <translation>类 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Attribute {name} is {value}</source>
            <translation>属性 {name} 为 {value}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Attribute {name} is given</source>
            <translation>已填写属性 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Classified in {system} as {value}</source>
            <translation>在 {system} 中分类为 {value}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Part of {name} ({relation})</source>
            <translation>属于 {name}（{relation}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Material {value}</source>
            <translation>材料 {value}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Has a material</source>
            <translation>有材料</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Facet {kind}</source>
            <translation>条件 {kind}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is {value}</source>
            <translation>属性 {name} 为 {value}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is given as {type}</source>
            <translation>已以 {type} 填写属性 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is given</source>
            <translation>已填写属性 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Could not be checked ({error}): {requirement}</source>
            <translation>无法检查（{error}）：{requirement}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Must not meet: {requirement}</source>
            <translation>不得满足：{requirement}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Predefined type is {actual}, not {expected}</source>
            <translation>预定义类型为 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Class is {actual}, not {expected}</source>
            <translation>类为 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Has no classification</source>
            <translation>没有分类</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Classification {actual} does not match {expected}</source>
            <translation>分类 {actual} 不符合 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Has no {relation} relationship</source>
            <translation>没有 {relation} 关系</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Related to {actual}, not {expected}</source>
            <translation>关联到 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Has no material</source>
            <translation>没有材料</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Materials {actual} do not match {expected}</source>
            <translation>材料 {actual} 不符合 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Does not meet: {requirement}</source>
            <translation>不满足：{requirement}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Attribute {name} does not exist</source>
            <translation>属性 {name} 不存在</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Attribute {name} is empty</source>
            <translation>属性 {name} 为空</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Attribute {name} is {actual}, not {expected}</source>
            <translation>属性 {name} 为 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>None of the property sets {pset} is present</source>
            <translation>缺少属性集 {pset}（任一均无）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property set {pset} is missing</source>
            <translation>缺少属性集 {pset}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is missing or empty in {pset}</source>
            <translation>属性集 {pset} 中缺少属性 {name} 或其为空</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is stored as {actual}, not {expected}</source>
            <translation>属性 {name} 的数据类型为 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/reasons.py" />
            <source>Property {name} is {actual}, not {expected}</source>
            <translation>属性 {name} 为 {actual}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Specifications</source>
            <translation>规范</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Specification</source>
            <translation>规范</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Usage</source>
            <translation>适用性</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Applicable</source>
            <translation>适用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Requirements</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Failed elements</source>
            <translation>未通过构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Reason (English)</source>
            <translation>原因（英文）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>required</source>
            <translation>必需</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>prohibited</source>
            <translation>禁止</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/table.py" />
            <source>This IDS uses patterns or ranges the table editor cannot show; edit it as XML.</source>
            <translation>此 IDS 使用了表格编辑器无法显示的正则模式或范围，请以 XML 方式编辑。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/table.py" />
            <source>Specification “{spec}” selects elements by more than a class; edit it as XML.</source>
            <translation>规范“{spec}”不只按类选择构件，请以 XML 方式编辑。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/table.py" />
            <source>Specification “{spec}” has requirements the table cannot show; edit it as XML.</source>
            <translation>规范“{spec}”包含表格无法显示的要求，请以 XML 方式编辑。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Documents handed over (资料移交)</source>
            <translation>资料移交</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Site inspection (现场查验)</source>
            <translation>现场查验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Rectification (问题整改)</source>
            <translation>问题整改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Recheck (复验)</source>
            <translation>复验</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Handover (交接)</source>
            <translation>交接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Archiving (归档)</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Warranty-period revisit (质保期回访)</source>
            <translation>质保期回访</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>A handover needs a name.</source>
            <translation>承接查验需要一个名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>A handover called {name} already exists.</source>
            <translation>已存在名为 {name} 的承接查验。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>There is no handover called {name}.</source>
            <translation>没有名为 {name} 的承接查验。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>A check is pass, fail, na or pending, not {status}.</source>
            <translation>查验结果只能是 pass、fail、na 或 pending，不能是 {status}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>Handover {name} has no checklist item {code}.</source>
            <translation>承接查验 {name} 中没有查验项 {code}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>A recheck passes or fails, not {result}.</source>
            <translation>复查结果只能是 pass 或 fail，不能是 {result}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/inspection.py" />
            <source>There is no recheck {id}.</source>
            <translation>没有编号为 {id} 的复查。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/warranty.py" />
            <source>Warranty of {asset} ends on {date}: report defects to the supplier before then.</source>
            <translation>{asset} 的保修期于 {date} 到期：请在此之前向供应商报修缺陷。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/warranty.py" />
            <source>The quality revisit period of {name} starts on {start} and ends on {end}.</source>
            <translation>{name} 的质保期回访自 {start} 开始，至 {end} 结束。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/warranty.py" />
            <source>Recheck the risk point {item} ({code}) by {date}.</source>
            <translation>请于 {date} 前复查风险点：{item}（{code}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/annual.py" />
            <source>The year {year} is not plausible; give a year between 2000 and 2100.</source>
            <translation>年份 {year} 不合理；请给出 2000–2100 之间的年份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/from_records.py" />
            <source>The records database is not available yet; use --model to read the assets from an IFC model.</source>
            <translation>记录数据库模块尚不可用；请改用 --model 从 IFC 模型读取设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/from_records.py" />
            <source>No asset register database at {file}; give an IFC model with --model or a database with --db.</source>
            <translation>没有找到设备台账数据库 {file}；请用 --model 指定 IFC 模型，或用 --db 指定数据库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/lifecycle.py" />
            <source>{name} row {number}: life_years is not a number; correct it.</source>
            <translation>{name} 第 {number} 行 life_years 不是数字；请改正。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/lifecycle.py" />
            <source>{where}: target is missing (an asset code or group:category); fill it in.</source>
            <translation>{where} 缺少 target（设备编码或 group:类别）；请补全。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/lifecycle.py" />
            <source>{where}: a number or date is wrong; dates as 2019-06-30, factors as 0.9.</source>
            <translation>{where} 有无效的数字或日期；日期写成 2019-06-30，系数写成 0.9。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/lifecycle.py" />
            <source>{where}: factors must be between 0.1 and 5 and lives above 0; correct it.</source>
            <translation>{where} 系数应在 0.1–5 之间，寿命应大于 0；请改正。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/lifecycle.py" />
            <source>{file} row {number}</source>
            <translation>{file} 第 {number} 行</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/recurrence.py" />
            <source>The recurrence rule {rule!r} is not valid ({error}); write it like FREQ=MONTHLY;INTERVAL=3.</source>
            <translation>重复规则 {rule!r} 无效（{error}）；请写成 FREQ=MONTHLY;INTERVAL=3。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/recurrence.py" />
            <source>The recurrence rule {rule!r} gives no date within four years; check COUNT/UNTIL.</source>
            <translation>重复规则 {rule!r} 在四年内没有任何日期；请检查 COUNT/UNTIL。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/recurrence.py" />
            <source>The recurrence rule {rule!r} gives no date after {day}; check COUNT/UNTIL.</source>
            <translation>重复规则 {rule!r} 在 {day} 之后没有日期；请检查 COUNT/UNTIL。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/resources.py" />
            <source>Cannot read {path}: {strerror}; check the path.</source>
            <translation>无法读取 {path}: {strerror}；请检查路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/resources.py" />
            <source>{path} has no header row; follow the file of the same name in resources/maintenance.</source>
            <translation>{path} 没有表头；请参照 resources/maintenance 中的同名文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/sources.py" />
            <source>特种设备安全监察条例 Art.31; TSG T5001/T5002</source>
            <translation>特种设备安全监察条例 第三十一条；TSG T5001/T5002</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{name} row {number}: the task code {code} is used twice; rename it.</source>
            <translation>{name} 第 {number} 行任务代码 {code} 重复；请改名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{where}: code, ifc_class or team is missing; fill it in.</source>
            <translation>{where} 缺少 code、ifc_class 或 team；请补全。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{where}: {message}</source>
            <translation>{where}：{message}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{where}: mode must be fixed or floating, not {mode!r}.</source>
            <translation>{where} mode 应为 fixed 或 floating，而不是 {mode!r}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{where}: hours, window_pct or batches is not a number; correct it.</source>
            <translation>{where} hours、window_pct 或 batches 不是数字；请改正。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{where}: hours must be above 0, the window 0–50 % and batches at least 1; correct it.</source>
            <translation>{where} 工时须大于 0，窗口 0–50 %，批次至少 1；请改正。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/tasks.py" />
            <source>{name} row {number}: hours_per_week is not a number.</source>
            <translation>{name} 第 {number} 行 hours_per_week 不是数字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/workdays.py" />
            <source>the workday adjustments file</source>
            <translation>调休文件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/workdays.py" />
            <source>Cannot read the workday adjustments file {path}: {strerror}; check the path.</source>
            <translation>无法读取调休文件 {path}: {strerror}；请检查路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/workdays.py" />
            <source>{origin} row {number}: the date {raw_day!r} is not valid; write it like 2027-02-20.</source>
            <translation>{origin} 第 {number} 行日期 {raw_day!r} 无效；请写成 2027-02-20。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/maintenance/workdays.py" />
            <source>{origin} row {number}: the kind {kind!r} is not valid; write holiday or workday.</source>
            <translation>{origin} 第 {number} 行类型 {kind!r} 无效；请写 holiday 或 workday。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Network elements</source>
            <translation>管网构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Connections</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Inferring missing connections</source>
            <translation>推断缺失的连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Orienting</source>
            <translation>确定流向</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Adjacency per medium</source>
            <translation>按介质建立邻接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Sources and supply</source>
            <translation>水源与供给</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Indexes</source>
            <translation>索引</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/build.py" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Nest the port under its element (IfcRelNests, IfcRelConnectsPortToElement) or delete it.</source>
            <translation>把端口挂到所属构件下（IfcRelNests、IfcRelConnectsPortToElement），或删除该端口。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Nest the connected port under its element.</source>
            <translation>把已连接的端口挂到所属构件下。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Both ports of the connection are SOURCE, or both SINK: reverse one of them.</source>
            <translation>连接两端的端口都是 SOURCE 或都是 SINK：请反转其中一个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Connect the element to its neighbours (IfcRelConnectsPorts) in the authoring tool.</source>
            <translation>请在建模软件中把该构件与相邻构件连接（IfcRelConnectsPorts）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Connect the member to its neighbours, or remove it from the system.</source>
            <translation>把该系统成员与相邻构件连接，或把它移出系统。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Export the element with its ports (MEP connectors) so it can be traced.</source>
            <translation>导出时带上构件的端口（MEP 连接件），才能追溯。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Connect the open end, or cap it in the model if the run really ends there.</source>
            <translation>连接开口端；若管线确实到此为止，请在模型中封堵。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>The flow directions go round with no pump or boiler driving them: check the FlowDirection of the ports.</source>
            <translation>流向成环但没有水泵或锅炉驱动：请检查端口的 FlowDirection。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Connect this piece where it meets the rest of the network.</source>
            <translation>在该片段与其余管网相接处把它连上。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Model the tank, boiler, transformer or board that feeds this piece, or mark an element as its source.</source>
            <translation>请建出供给该片段的水箱、锅炉、变压器或配电箱，或把某个构件标为水源/电源。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Loops are normal (flow and return, ring mains, meshed mains); isolation closes both sides.</source>
            <translation>环路是正常的（供回水、环网、环状消防管网）；隔离时两侧都会关闭。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Connect the spare ports, or leave them if they are spare connections.</source>
            <translation>连接多余的端口；若是预留接口可不处理。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Set the ports' FlowDirection, or mark the network's source so it can be oriented.</source>
            <translation>设置端口的 FlowDirection，或标出管网的水源/电源以便确定流向。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Accept or reject the inferred connection; better, connect the ports in the model.</source>
            <translation>确认或否决该推断连接；最好在模型中连接端口。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check.py" />
            <source>Nothing in this piece is fed or served; connect it if it belongs to a network.</source>
            <translation>该片段既无供给也不服务任何用户；若属于某管网请连接。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{medium}: a loop of {count} elements ({cycles} independent cycles)</source>
            <translation>{medium}：环路，{count} 个构件（{cycles} 个独立回路）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>A port connection with a port that has no element</source>
            <translation>连接中有端口不属于任何构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>Port {port} has no element</source>
            <translation>端口 {port} 不属于任何构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{count} port(s), none connected</source>
            <translation>{count} 个端口，均未连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{open} of {count} port(s) unconnected</source>
            <translation>{count} 个端口中有 {open} 个未连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{count} port(s) with FlowDirection {kinds}</source>
            <translation>{count} 个端口的流向为 {kinds}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>no ports; joined by an inferred connection</source>
            <translation>无端口；已由推断连接接入</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>no ports</source>
            <translation>无端口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>in {systems}; {detail}</source>
            <translation>属于 {systems}；{detail}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>Both ports are {direction}; the other element is {other}</source>
            <translation>两端端口都是 {direction}；另一构件为 {other}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{medium}: joined on one side only</source>
            <translation>{medium}：只有一端相连</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{medium}: the flow directions of {count} elements go round</source>
            <translation>{medium}：{count} 个构件的流向成环</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>{medium}: {count} element(s) without a source</source>
            <translation>{medium}：{count} 个构件没有水源/电源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>fragment {number} of {total}: {count} element(s); the largest has {largest}</source>
            <translation>片段 {number}/{total}：{count} 个构件；最大片段 {largest} 个</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/check_rules.py" />
            <source>to {other}: {basis} {detail}, confidence {confidence}</source>
            <translation>至 {other}：依据 {basis} {detail}，置信度 {confidence}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/errors.py" />
            <source>No element or space has the GlobalId {global_id} in this model; copy the GlobalId from the Properties panel or from 'fmdesk assets'.</source>
            <translation>模型中没有 GlobalId 为 {global_id} 的构件或空间；请从属性面板或 'fmdesk assets' 复制 GlobalId。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/errors.py" />
            <source>{label} ({global_id}) is connected to no pipe, duct or cable network; pick a pipe, valve, fixture, cable or board, or run 'fmdesk network-check' to see what is unconnected.</source>
            <translation>{label}（{global_id}）不在任何管网或线路中；请选择管道、阀门、器具、电缆或配电箱，或运行 'fmdesk network-check' 查看未连接的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/inputs.py" />
            <source>Indexing relationships</source>
            <translation>建立关系索引</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/inputs.py" />
            <source>Reading ports</source>
            <translation>读取端口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/inputs.py" />
            <source>Reading connections</source>
            <translation>读取连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/inputs.py" />
            <source>Reading systems</source>
            <translation>读取系统</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/inputs.py" />
            <source>Reading geometry</source>
            <translation>读取几何</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/isolate.py" />
            <source>The element is not on the media {wanted}; its media are {own}.</source>
            <translation>该构件不在所选介质 {wanted} 中；它的介质为 {own}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/isolate.py" />
            <source>Only a valve, breaker or switch can trip.</source>
            <translation>只有阀门、断路器或开关可以断开。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/isolate.py" />
            <source>Isolation needs an element, not a space; pick the leaking pipe, fitting or device.</source>
            <translation>隔离需要选构件，不能选空间；请选择漏水的管道、管件或设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/isolate.py" />
            <source>{name} ({global_id}) is not an isolating valve, breaker or switch. {hint}</source>
            <translation>{name}（{global_id}）不是可隔离的阀门、断路器或开关。{hint}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/isolate.py" />
            <source>{name} ({global_id}) is not an isolating valve, breaker or switch; only those can be marked inoperable.</source>
            <translation>{name}（{global_id}）不是可隔离的阀门、断路器或开关；只有这些可以标为不可操作。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>electrical</source>
            <translation>电气</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>drainage</source>
            <translation>排水</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>fire water</source>
            <translation>消防水</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>air</source>
            <translation>空气</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>heating water</source>
            <translation>采暖水</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>domestic water</source>
            <translation>生活给水</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>gas</source>
            <translation>燃气</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>pipe medium</source>
            <translation>管道介质</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>information</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>port without element</source>
            <translation>无归属构件的端口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>connection without element</source>
            <translation>无归属构件的连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>conflicting flow directions</source>
            <translation>流向冲突</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>unconnected element</source>
            <translation>未连接的构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>unconnected system member</source>
            <translation>未连接的系统成员</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>element without ports</source>
            <translation>没有端口的构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>open end</source>
            <translation>开口端</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>flow going round</source>
            <translation>无动力的循环流向</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>separate network piece</source>
            <translation>独立的管网片段</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>no source</source>
            <translation>没有水源/电源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>loop</source>
            <translation>环路</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>unconnected ports</source>
            <translation>未连接的端口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>port without flow direction</source>
            <translation>端口未设流向</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>inferred connection</source>
            <translation>推断的连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>isolated piece</source>
            <translation>孤立片段</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>stated port connection</source>
            <translation>模型中的端口连接</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>confirmed by a user</source>
            <translation>用户确认</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>board and its breakers</source>
            <translation>配电箱与其断路器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>electrical circuit</source>
            <translation>电气回路</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>touching geometry</source>
            <translation>几何接触</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>same system nearby</source>
            <translation>同系统相邻</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>actuator</source>
            <translation>执行器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>air terminal</source>
            <translation>风口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>air terminal box</source>
            <translation>末端风箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>alarm</source>
            <translation>报警器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>appliance</source>
            <translation>电器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>assembly</source>
            <translation>组合件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>audio-visual appliance</source>
            <translation>影音设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>battery</source>
            <translation>蓄电池</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>boiler</source>
            <translation>锅炉</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>circuit breaker</source>
            <translation>断路器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>breeching inlet</source>
            <translation>水泵接合器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>cable</source>
            <translation>电缆</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>cable tray</source>
            <translation>桥架</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>cable tray fitting</source>
            <translation>桥架配件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>cable fitting</source>
            <translation>电缆附件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>chamber</source>
            <translation>检查井</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>chiller</source>
            <translation>冷水机组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>coil</source>
            <translation>盘管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>communications appliance</source>
            <translation>通信设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>compressor</source>
            <translation>压缩机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>control panel</source>
            <translation>控制箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>controller</source>
            <translation>控制器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>cooling tower</source>
            <translation>冷却塔</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>damper</source>
            <translation>风阀</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>distribution board</source>
            <translation>配电箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>duct</source>
            <translation>风管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>duct fitting</source>
            <translation>风管管件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>duct silencer</source>
            <translation>消声器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>fan</source>
            <translation>风机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>filter</source>
            <translation>过滤器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>fire terminal</source>
            <translation>消防末端</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>pipe fitting</source>
            <translation>管件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>generator</source>
            <translation>发电机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>heat exchanger</source>
            <translation>换热器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>heat recovery unit</source>
            <translation>热回收机组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>hose reel</source>
            <translation>消防卷盘</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>fire hydrant</source>
            <translation>消火栓</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>instrument</source>
            <translation>仪表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>interceptor</source>
            <translation>隔油/隔渣池</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>junction box</source>
            <translation>接线箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>lift</source>
            <translation>电梯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>light</source>
            <translation>灯具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>meter</source>
            <translation>计量表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>motor</source>
            <translation>电动机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>other equipment</source>
            <translation>其他设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>socket outlet</source>
            <translation>插座</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>element</source>
            <translation>构件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>pump</source>
            <translation>水泵</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>sanitary fixture</source>
            <translation>卫生器具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>sensor</source>
            <translation>传感器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>solar device</source>
            <translation>太阳能装置</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>radiator</source>
            <translation>散热器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>sprinkler</source>
            <translation>喷头</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>stack terminal</source>
            <translation>通气帽</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>switch</source>
            <translation>开关</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>tank</source>
            <translation>水箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>time control</source>
            <translation>定时器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>transformer</source>
            <translation>变压器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>transport element</source>
            <translation>运输设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>unitary equipment</source>
            <translation>空调机组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>valve</source>
            <translation>阀门</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>waste terminal</source>
            <translation>地漏</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>{name} ({kind}, {place})</source>
            <translation>{name}（{kind}，{place}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/labels.py" />
            <source>{name} ({kind})</source>
            <translation>{name}（{kind}）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/trace.py" />
            <source>No connected pipe, duct or cable element is located in the space {label} ({global_id}); pick an element instead.</source>
            <translation>空间 {label}（{global_id}）中没有连入管网或线路的构件；请改选构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/network/trace.py" />
            <source>The start is not on any of the media {wanted}; its media are {own}.</source>
            <translation>起点不在所选介质 {wanted} 中；它的介质为 {own}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>Acceptance levels are 1 (self-check), 2 (initial) and 3 (final).</source>
            <translation>验收级别为 1（自检）、2（物业初验）和 3（第三方终验）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>An acceptance verdict is pass or fail.</source>
            <translation>验收结论为 pass（合格）或 fail（不合格）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>Name the person who checked the work.</source>
            <translation>请填写验收人。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>Work order {number} is not a contractor's; it needs no three-level acceptance.</source>
            <translation>工单 {number} 不是外包单位的工单，无需三级验收。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>Work order {number} is {state}; accept it after the work is done.</source>
            <translation>工单 {number} 当前为 {state}；请在完工后验收。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/acceptance.py" />
            <source>Level {level} needs level {before} passed first.</source>
            <translation>第 {level} 级验收需要先通过第 {before} 级。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>in service</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>backup supplier</source>
            <translation>备选供应商</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>contract ended</source>
            <translation>已终止</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>'{pool}' is not a pool; use active, backup or ended.</source>
            <translation>“{pool}”不是有效的分组；请使用 active（在用）、backup（备选）或 ended（已终止）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>A contract needs a number.</source>
            <translation>合同需要编号。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>A contract cannot end before it starts.</source>
            <translation>合同的结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>The monthly fee cannot be negative and the pass score is 0–100.</source>
            <translation>月费不能为负数，合格分为 0–100。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>A contract numbered {number} already exists.</source>
            <translation>编号为 {number} 的合同已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>'{priority}' is not a priority; use urgent, high, normal or low.</source>
            <translation>“{priority}”不是优先级；请使用 urgent、high、normal 或 low。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>Service standards are response, completion and acceptance minutes above 0.</source>
            <translation>服务标准为响应、完成和验收时限（分钟），须大于 0。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>Penalty rules are sla_breach_yuan, concealed_fault_percent and repeat_finding_yuan, none negative.</source>
            <translation>罚则为 sla_breach_yuan（每次超时罚款）、concealed_fault_percent（每次隐瞒故障扣月费百分比）和 repeat_finding_yuan（每次屡查屡犯罚款），均不能为负数。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>No contractor is called '{name}'; add it first.</source>
            <translation>没有名为“{name}”的外包单位；请先添加。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/contracts.py" />
            <source>A payment milestone is a name, a date (2027-06-30) and an amount.</source>
            <translation>付款节点包括名称、日期（2027-06-30）和金额。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/history_context.py" />
            <source>History is generated for 1 to 10 years.</source>
            <translation>历史数据可生成 1 到 10 年。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/history_context.py" />
            <source>The register is empty; import the sample building first (fmdesk assets import ifc_samples/sample_residential_ifc4.ifc).</source>
            <translation>资产台账为空；请先导入示例楼栋（fmdesk assets import ifc_samples/sample_residential_ifc4.ifc）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Equipment intact rate</source>
            <translation>设备完好率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Response within SLA</source>
            <translation>响应及时率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>On site within SLA</source>
            <translation>到场及时率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Mean time to repair (MTTR)</source>
            <translation>平均修复时间（MTTR）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Mean time between failures (MTBF)</source>
            <translation>平均故障间隔时间（MTBF）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>PM compliance</source>
            <translation>计划保养完成率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Schedule compliance</source>
            <translation>计划工单按期完成率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Backlog (weeks of work)</source>
            <translation>积压工单（周工作量）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>First-time fix rate</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Rework rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/kpi_model.py" />
            <source>Resident satisfaction</source>
            <translation>住户满意度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>Meter readings must be a .csv or .xlsx file, not {name}.</source>
            <translation>抄表读数须为 .csv 或 .xlsx 文件，而不是 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>{name} is not UTF-8 text; save it as CSV UTF-8 and import again.</source>
            <translation>{name} 不是 UTF-8 文本；请另存为“CSV UTF-8”后重新导入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>{name} is not a readable Excel workbook.</source>
            <translation>{name} 不是可读取的 Excel 工作簿。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>{name} needs the columns meter, time and reading (表号, 时间, 读数) in its first row (missing: {missing}).</source>
            <translation>{name} 的第一行须有 表号、时间、读数 三列（缺少：{missing}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>no meter code</source>
            <translation>缺少表号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>no time</source>
            <translation>缺少抄表时间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>'{text}' is not an ISO 8601 time</source>
            <translation>“{text}”不是 ISO 8601 时间</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>the reading is not a number</source>
            <translation>读数不是数字</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>no reading</source>
            <translation>缺少读数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>'{text}' is not a number</source>
            <translation>“{text}”不是数字</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/readings.py" />
            <source>a cumulative reading cannot be negative or infinite</source>
            <translation>累计读数不能为负数或无穷大</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>jump</source>
            <translation>用量突增</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>drop</source>
            <translation>用量骤降</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>night flow</source>
            <translation>夜间流量不归零</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>main meter imbalance</source>
            <translation>总分表不平衡</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>stopped</source>
            <translation>停走</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>going backwards</source>
            <translation>倒走</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>water meter</source>
            <translation>水表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>electricity meter</source>
            <translation>电表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>heat meter</source>
            <translation>热量表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>gas meter</source>
            <translation>燃气表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: night flow never returns to zero since {when} ({size} {unit}/h at night, usually {base}); look for a hidden leak in {where}.</source>
            <translation>{name}：自 {when} 起夜间最小流量不归零（夜间 {size} {unit}/h，平时 {base}）；请排查 {where} 的暗漏。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: consumption jumped from {when}, {size} {unit} above the usual {base}; check {where}.</source>
            <translation>{name}：自 {when} 起用量突增，比平时的 {base} 多 {size} {unit}；请检查 {where}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: consumption dropped from {when}, {size} {unit} below the usual {base}; check the meter and {where}.</source>
            <translation>{name}：自 {when} 起用量骤降，比平时的 {base} 少 {size} {unit}；请检查计量表及 {where}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: the main meter does not balance its sub-meters from {when} ({size} {unit} unaccounted); look for a leak or an unmetered connection.</source>
            <translation>{name}：自 {when} 起总表与分表不平衡（差额 {size} {unit}）；请排查漏水或私接。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: the meter has stood still since {when} ({hours} hours without consumption); check the meter.</source>
            <translation>{name}：自 {when} 起计量表停走（{hours} 小时无用量）；请检查计量表。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/meters/views.py" />
            <source>{name}: the reading went backwards at {when} (by {size} {unit}); check the meter for reverse flow or tampering.</source>
            <translation>{name}：{when} 读数倒走（减少 {size} {unit}）；请检查是否倒流或被人为改动。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>A check plan needs a name.</source>
            <translation>检查计划需要名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>A check plan called '{name}' already exists.</source>
            <translation>名为“{name}”的检查计划已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>A finding needs the check item that failed.</source>
            <translation>检查问题需要填写不合格的检查项。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>'{severity}' is not a severity; use minor, major or critical.</source>
            <translation>“{severity}”不是严重程度；请使用 minor（一般）、major（较重）或 critical（严重）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>A finding needs an asset code or a model element.</source>
            <translation>检查问题需要资产编码或模型构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>The rectification deadline must be after the finding.</source>
            <translation>整改期限必须晚于发现时间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>(repeated finding)</source>
            <translation>（屡查屡犯）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>Finding {number} is {state}; only an open finding can be rectified.</source>
            <translation>问题 {number} 当前为 {state}；只有待整改的问题才能整改。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>A recheck verdict is pass or fail.</source>
            <translation>复核结论为 pass（通过）或 fail（不通过）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>Finding {number} is {state}; recheck it after it is rectified.</source>
            <translation>问题 {number} 当前为 {state}；请在整改后复核。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>Finding {number} is {state}; close it after a passed recheck.</source>
            <translation>问题 {number} 当前为 {state}；复核通过后才能销项。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>'{state}' is not a finding state; use open, rectified, rechecked or closed.</source>
            <translation>“{state}”不是问题状态；请使用 open、rectified、rechecked 或 closed。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>The rectification order {number} has nobody on it; dispatch it first.</source>
            <translation>整改工单 {number} 尚未派给任何人；请先派单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>No check plan is called '{name}'.</source>
            <translation>没有名为“{name}”的检查计划。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/quality.py" />
            <source>No finding is numbered {number}.</source>
            <translation>没有编号为 {number} 的检查问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_content.py" />
            <source>Monthly facility report {month}</source>
            <translation>{month} 月度设施报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_content.py" />
            <source>{site} · facility health report and engineering O&amp;M report</source>
            <translation>{site} · 设施健康报告与工程运维报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_content.py" />
            <source>Facility health report</source>
            <translation>设施健康报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_content.py" />
            <source>Engineering O&amp;M report</source>
            <translation>工程运维报告</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_fonts.py" />
            <source>No Chinese font is installed; install fonts-noto-cjk (Linux) and try again.</source>
            <translation>未安装中文字体；请安装 fonts-noto-cjk（Linux）后重试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Key performance indicators against targets</source>
            <translation>关键绩效指标与目标对比</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>{reported} work orders were reported this month, {completed} were completed and {open} remain open; {met} of {total} KPIs with a target met it.</source>
            <translation>本月报修 {reported} 张工单，完成 {completed} 张，仍有 {open} 张未完成；{total} 项有目标的 KPI 中 {met} 项达标。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>KPIs of the month</source>
            <translation>本月 KPI</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>12-month trends (dashed: target)</source>
            <translation>12 个月趋势（虚线为目标）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Top repeated faults</source>
            <translation>重复故障排行</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Assets repaired twice or more in the last 90 days (屡修设备); candidates for root-cause analysis or replacement.</source>
            <translation>近 90 天内维修两次及以上的设备（屡修设备），建议做根因分析或考虑更换。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Repeated faults</source>
            <translation>重复故障</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Asset</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Repairs</source>
            <translation>维修次数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Last fault</source>
            <translation>最近故障</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>No asset was repaired twice.</source>
            <translation>没有设备被重复维修。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Meter consumption and anomalies</source>
            <translation>表计用量与异常</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Meter readings are not recorded in this database yet (meters arrive with the meters feature); this section will show consumption and anomalies then.</source>
            <translation>本数据库尚未记录表计读数（表计功能上线后提供）；届时本节将显示用量与异常。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Consumption</source>
            <translation>用量</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Meter</source>
            <translation>表计</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>No meter has readings this month.</source>
            <translation>本月没有表计读数。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Anomalies</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_health.py" />
            <source>No anomaly this month.</source>
            <translation>本月无异常。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>h</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Walk-in</source>
            <translation>来访</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>QR code</source>
            <translation>扫码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Inspection</source>
            <translation>巡检</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Network trace</source>
            <translation>管网追溯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Preventive</source>
            <translation>预防性维护</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Normal</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Reported</source>
            <translation>已报修</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Dispatched</source>
            <translation>已派单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Accepted</source>
            <translation>已接单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>On site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Rectified</source>
            <translation>已整改</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Rechecked</source>
            <translation>已复核</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Reopened</source>
            <translation>已重开</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_inputs.py" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Work orders by system and source</source>
            <translation>按系统和来源统计的工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>By system</source>
            <translation>按系统</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Orders reported</source>
            <translation>报修数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Still open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>By source</source>
            <translation>按来源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>By priority</source>
            <translation>按优先级</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Repairs by system</source>
            <translation>各系统维修工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Overdue and reopened orders</source>
            <translation>超期与返工工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>{n} orders due this month were completed late or are still open past their deadline.</source>
            <translation>本月到期的工单中有 {n} 张逾期完成或超期未完成。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Overdue</source>
            <translation>超期工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Number</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Contractor</source>
            <translation>外包单位</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Hours late</source>
            <translation>超期小时数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Nothing overdue.</source>
            <translation>无超期工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Reopened (rework, escalated complaints)</source>
            <translation>重开工单（返工、升级投诉）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Times reopened</source>
            <translation>重开次数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>No order was reopened.</source>
            <translation>无重开工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Contractor performance</source>
            <translation>外包单位绩效</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Monthly scores and penalties</source>
            <translation>月度评分与扣款</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Timeliness</source>
            <translation>及时性</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>First-time fix</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Rework</source>
            <translation>返修率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Findings</source>
            <translation>检查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Penalty (yuan)</source>
            <translation>扣款（元）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Card</source>
            <translation>警示牌</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Contract scoring and penalties are not set up in this database yet; the figures below are the contractors' KPIs from their work orders.</source>
            <translation>本数据库尚未设置合同评分与扣款规则；下表为根据外包单位工单计算的 KPI。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Contractor KPIs</source>
            <translation>外包单位 KPI</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Orders</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Response SLA</source>
            <translation>响应及时率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>On-site SLA</source>
            <translation>到场及时率</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>MTTR (h)</source>
            <translation>MTTR（小时）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Preventive maintenance done vs planned</source>
            <translation>计划保养完成情况</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>{done} of {planned} planned maintenance orders were done on time.</source>
            <translation>计划保养工单 {planned} 张，按期完成 {done} 张。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>PM by system</source>
            <translation>各系统计划保养</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>On time</source>
            <translation>按期完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Late</source>
            <translation>逾期完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>No preventive order was due this month.</source>
            <translation>本月没有到期的计划保养工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>PM done vs planned</source>
            <translation>计划保养：计划与完成</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Next month's plan</source>
            <translation>下月计划</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>{n} orders are carried over into next month.</source>
            <translation>有 {n} 张工单结转至下月。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Planned maintenance by system</source>
            <translation>各系统计划保养</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>No preventive order is scheduled yet.</source>
            <translation>尚未安排计划保养工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>First planned orders</source>
            <translation>近期计划工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>The annual plan has no visit next month (no assets to plan).</source>
            <translation>年度保养计划下月无保养任务（没有可计划的设备）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>The 25 tasks with the most hours of {n}.</source>
            <translation>共 {n} 项任务，列出工时最多的 25 项。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Annual maintenance plan: next month's visits</source>
            <translation>年度保养计划：下月保养任务</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Visits</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_om.py" />
            <source>Hours</source>
            <translation>工时</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/report_pdf.py" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/scoring.py" />
            <source>{month} is not a month; write it as 2027-03.</source>
            <translation>{month} 不是月份；请写成 2027-03。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/scoring.py" />
            <source>Three failing months in a row: the contract may be terminated; backup suppliers: {names}.</source>
            <translation>连续三个月考核不合格：可能解除合同；备选供应商：{names}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/operations/scoring.py" />
            <source>Two failing months in a row: yellow card.</source>
            <translation>连续两个月考核不合格：黄牌警告。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>{file} has no rows.</source>
            <translation>{file} 中没有数据行。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>There is no file {file}.</source>
            <translation>文件 {file} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>{file} is not an Excel workbook (.xlsx) or a .csv file.</source>
            <translation>{file} 不是 Excel 工作簿（.xlsx）或 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>{file} has no 姓名 (name) column in its first row.</source>
            <translation>{file} 的第一行没有“姓名”列。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>a person needs a name (姓名)</source>
            <translation>缺少姓名</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>'{skill}' is not a skill; use {known}</source>
            <translation>“{skill}”不是已知技能；可用：{known}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/people/staff_file.py" />
            <source>the expiry date of {kind} is not a date: {text}</source>
            <translation>{kind} 的到期日期不是有效日期：{text}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>The {field} '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2019-06-30.</source>
            <translation>{field}“{value}”不是日期；请写成 YYYY-MM-DD，例如 2019-06-30。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>An asset needs a code and a name.</source>
            <translation>设备需要编码和名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>An asset with the code '{code}' already exists; choose another.</source>
            <translation>编码为“{code}”的设备已存在；请换一个编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>Asset {code} was changed by someone else (version {version}); reload it and apply your change again.</source>
            <translation>设备 {code} 已被他人修改（版本 {version}）；请重新载入后再操作一次。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>Unknown asset field(s) {unknown}; use {fields}.</source>
            <translation>未知的设备字段 {unknown}；请使用 {fields}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>'{status}' is not an asset status; use one of {statuses}.</source>
            <translation>“{status}”不是设备状态；请使用以下之一：{statuses}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/assets.py" />
            <source>'{criticality}' is not a criticality; use A (critical), B or C.</source>
            <translation>“{criticality}”不是重要程度；请使用 A（关键）、B 或 C。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>The database '{path}' cannot be read for a backup ({error}).</source>
            <translation>无法读取数据库“{path}”进行备份（{error}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>This backup was written by a newer fmdesk (schema revision {revision}); update fmdesk to restore it.</source>
            <translation>该备份由更新版本的 fmdesk 生成（数据库结构版本 {revision}）；请先升级 fmdesk 再恢复。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>The target database is not empty; restore into a new, empty database (a new SQLite file or a freshly created PostgreSQL database).</source>
            <translation>目标数据库不是空的；请恢复到一个新的空数据库（新的 SQLite 文件或新建的 PostgreSQL 数据库）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>The backup holds tables this fmdesk does not know ({names}); it is damaged or from another program.</source>
            <translation>备份中含有本版 fmdesk 不认识的数据表（{names}）；文件已损坏或来自其他程序。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>The backup's table {table} has columns this fmdesk does not know ({names}).</source>
            <translation>备份中数据表 {table} 含有本版 fmdesk 不认识的字段（{names}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup.py" />
            <source>Restoring '{path}' gave {found} rows in {table} instead of {expected}; nothing was restored.</source>
            <translation>恢复“{path}”后 {table} 表有 {found} 行，应为 {expected} 行；已全部撤销，未恢复任何数据。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup_archive.py" />
            <source>The backup file '{path}' does not exist; check the path.</source>
            <translation>备份文件“{path}”不存在；请检查路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/backup_archive.py" />
            <source>The backup file '{path}' is damaged or incomplete (its checksums do not match); use another copy.</source>
            <translation>备份文件“{path}”已损坏或不完整（校验和不符）；请使用另一份备份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/blobs.py" />
            <source>The stored file {sha}… is missing from {root}; restore it from a backup.</source>
            <translation>保存的文件 {sha}… 在 {root} 中缺失；请从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/blobs.py" />
            <source>The stored file {sha}… is damaged; restore it from a backup.</source>
            <translation>保存的文件 {sha}… 已损坏；请从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/blobs.py" />
            <source>The stored file {sha}… is missing from the database.</source>
            <translation>保存的文件 {sha}… 在数据库中缺失。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>The file '{path}' does not exist; check the path.</source>
            <translation>文件“{path}”不存在；请检查路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>'{path}' is a folder, not a file; choose a file to attach.</source>
            <translation>“{path}”是文件夹，不是文件；请选择要上传的文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>'{path}' is not a regular file (a pipe, socket or device); choose a file to attach.</source>
            <translation>“{path}”不是普通文件（是管道、套接字或设备）；请选择要上传的文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>The file '{name}' is {size:.1f} MB, more than the {limit:.0f} MB allowed; compress or split it.</source>
            <translation>文件“{name}”大小为 {size:.1f} MB，超过允许的 {limit:.0f} MB；请压缩或拆分。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>The file '{path}' cannot be read ({strerror}); check its permissions.</source>
            <translation>无法读取文件“{path}”（{strerror}）；请检查权限。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>'{doc_type}' is not a document type; use one of {types}.</source>
            <translation>“{doc_type}”不是文档类型；请使用以下之一：{types}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>The attachment is {size:.1f} MB, more than the {limit:.0f} MB allowed.</source>
            <translation>附件大小为 {size:.1f} MB，超过允许的 {limit:.0f} MB。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>A document must be linked to an asset, a space, a work order or a model element.</source>
            <translation>文档必须关联到设备、空间、工单或模型构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>No space is called '{space}'; import the model first.</source>
            <translation>没有名为“{space}”的空间；请先导入模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/documents.py" />
            <source>No document has the id {document_id}.</source>
            <translation>没有编号为 {document_id} 的文档。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database address '{url}' is not a valid URL; use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST/DB.</source>
            <translation>数据库地址“{url}”无效；请使用 sqlite:///路径 或 postgresql+psycopg://用户:密码@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>A SQLite database is a local file and has no host: write sqlite:///PATH (three slashes), not '{url}'.</source>
            <translation>SQLite 数据库是本机文件，没有主机：请写 sqlite:///路径（三个斜杠），而不是“{url}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database driver in '{drivername}' is not installed; use sqlite:/// or postgresql+psycopg://.</source>
            <translation>“{drivername}”的数据库驱动未安装；请使用 sqlite:/// 或 postgresql+psycopg://。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>Database type '{backend}' is not supported; use SQLite or PostgreSQL.</source>
            <translation>不支持数据库类型“{backend}”；请使用 SQLite 或 PostgreSQL。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The folder of the database '{path}' cannot be created; check the path.</source>
            <translation>无法创建数据库所在文件夹“{path}”；请检查路径。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database {where} is locked by another program; close it or try again shortly.</source>
            <translation>数据库 {where} 被其他程序锁定；请关闭该程序或稍后再试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database server refused the login for {where}; check the user and password.</source>
            <translation>数据库服务器拒绝了 {where} 的登录；请检查用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database {where} does not exist on the server; create it or fix the URL.</source>
            <translation>服务器上不存在数据库 {where}；请创建它或修正地址。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database file {where} cannot be opened for writing; check the path and rights.</source>
            <translation>无法以写方式打开数据库文件 {where}；请检查路径和权限。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The file {where} is not an fmdesk database (or is damaged); restore a backup.</source>
            <translation>文件 {where} 不是 fmdesk 数据库（或已损坏）；请恢复备份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/engine.py" />
            <source>The database {where} cannot be reached; check that the server is running and the URL.</source>
            <translation>无法连接数据库 {where}；请检查服务器是否运行以及地址是否正确。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/migrate.py" />
            <source>This database was written by a newer fmdesk (revision {revision}); update fmdesk to open it.</source>
            <translation>此数据库由更新版本的 fmdesk 写入（版本 {revision}）；请先更新 fmdesk 再打开。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/migrate.py" />
            <source>Could not back up '{path}' before upgrading it ({error}); close other programs using it and try again.</source>
            <translation>升级前无法备份“{path}”（{error}）；请关闭正在使用它的其他程序后重试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/model_import.py" />
            <source>Model import {file}</source>
            <translation>模型导入 {file}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>Unknown skill(s) {unknown}; use {skills}.</source>
            <translation>未知技能 {unknown}；请使用 {skills}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>A team called '{name}' already exists.</source>
            <translation>名为“{name}”的班组已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>A technician needs a name.</source>
            <translation>维修工需要姓名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>A technician called '{name}' already exists.</source>
            <translation>名为“{name}”的维修工已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>No team is called '{team}'; add it first.</source>
            <translation>没有名为“{team}”的班组；请先添加。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>A contractor needs a name.</source>
            <translation>外包单位需要名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/people.py" />
            <source>A contractor called '{name}' already exists.</source>
            <translation>名为“{name}”的外包单位已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/repositories.py" />
            <source>No asset has the code '{code_or_guid}'; check it with 'fmdesk assets list'.</source>
            <translation>没有编码为“{code_or_guid}”的设备；请用“fmdesk assets list”核对。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/repositories.py" />
            <source>No work order has the number '{number}'; check it with 'fmdesk wo list'.</source>
            <translation>没有编号为“{number}”的工单；请用“fmdesk wo list”核对。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/repositories.py" />
            <source>No technician is called '{name}'; add them first or check the spelling.</source>
            <translation>没有名为“{name}”的维修工；请先添加或检查拼写。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/repositories.py" />
            <source>No inspection route is called '{name}'; create it first.</source>
            <translation>没有名为“{name}”的巡检路线；请先创建。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/repositories.py" />
            <source>No inspection round has the id {round_id}.</source>
            <translation>没有编号为 {round_id} 的巡检。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/text_guard.py" />
            <source>The {field} of the {table} record contains a control character (U+{code:04X}); type plain text.</source>
            <translation>{table} 记录的 {field} 中含有控制字符（U+{code:04X}）；请输入普通文字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/text_guard.py" />
            <source>The {field} of the {table} record is {length} characters long; at most {limit} fit.</source>
            <translation>{table} 记录的 {field} 有 {length} 个字符，最多只能 {limit} 个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/uow.py" />
            <source>The record refers to something that no longer exists; reload it.</source>
            <translation>该记录引用的对象已不存在；请重新载入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/uow.py" />
            <source>A record with the same code or number already exists; choose another one.</source>
            <translation>已存在编码或编号相同的记录；请换一个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/users.py" />
            <source>A user called '{name}' already exists; choose another name.</source>
            <translation>已有名为“{name}”的用户；请换一个名字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/records/users.py" />
            <source>No user is called '{name}'; see 'fmdesk users list'.</source>
            <translation>没有名为“{name}”的用户；请查看 fmdesk users list。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/markup.py" />
            <source>{path}: no readable topic; skipped.</source>
            <translation>{path}：没有可读取的问题，已跳过。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/markup.py" />
            <source>Topic {guid}: bitmap {name} is missing.</source>
            <translation>问题 {guid}：缺少位图 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/reader.py" />
            <source>{path} is not a BCF file (it is not a zip archive).</source>
            <translation>{path} 不是 BCF 文件（不是 zip 压缩包）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/reader.py" />
            <source>{path} is not a BCF file: it holds no topic (markup.bcf).</source>
            <translation>{path} 不是 BCF 文件：其中没有任何问题（markup.bcf）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/write_visinfo.py" />
            <source>{gid} is not an IFC GlobalId; left out of BCF.</source>
            <translation>{gid} 不是 IFC GlobalId，未写入 BCF。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/write_visinfo.py" />
            <source>Viewpoint {guid}: BCF 2.1 allows a field of view of 45-60°; {fov:.0f}° was written as {clamped:.0f}°.</source>
            <translation>视点 {guid}：BCF 2.1 只允许 45–60° 的视角，{fov:.0f}° 已写为 {clamped:.0f}°。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>A review issue needs a title; say what is wrong.</source>
            <translation>审查问题需要标题，请说明问题所在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>These fields cannot be edited: {names}.</source>
            <translation>这些字段不能编辑：{names}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>Review issue {number} is {current}; it cannot become {status}.</source>
            <translation>审查问题 {number} 当前为“{current}”，不能改为“{status}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>A comment needs some text.</source>
            <translation>评论内容不能为空。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>'{code}' is not a review issue {what}; use one of {codes}.</source>
            <translation>“{code}”不是有效的审查问题{what}，请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" />
            <source>Review issue {ref} was changed by someone else meanwhile; reload it and try again.</source>
            <translation>审查问题 {ref} 已被他人修改，请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/views.py" />
            <source>No review issue has the number '{ref}'; check it with 'fmdesk review list'.</source>
            <translation>没有编号为“{ref}”的审查问题；请用 “fmdesk review list” 查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Design issue</source>
            <translation>设计问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Construction defect</source>
            <translation>施工问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Missing information</source>
            <translation>资料缺失</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Clash</source>
            <translation>碰撞</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Maintenance access</source>
            <translation>检修不便</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Model data issue</source>
            <translation>模型数据问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Handover finding</source>
            <translation>承接查验问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../fmdesk/revisions/relink.py" />
            <source>Model revision: GlobalId regenerated by the exporter</source>
            <translation>模型版本：导出软件重新生成了 GlobalId</translation>
        </message>
        <message>
            <location filename="../../fmdesk/samples/building.py" />
            <source>Unknown IFC schema '{schema}'; use one of IFC4, IFC2X3 or IFC4X3.</source>
            <translation>未知的 IFC 版本“{schema}”；请使用 IFC4、IFC2X3 或 IFC4X3 之一。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/samples/building.py" />
            <source>--storeys must be between 1 and {MAX_STOREYS} (got {storeys}); choose a valid number.</source>
            <translation>--storeys 须在 1 到 {MAX_STOREYS} 之间（收到 {storeys}）；请给出有效的数字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/samples/building.py" />
            <source>--units-per-storey must be between 1 and {MAX_UNITS} (got {units_per_storey}); choose a valid number.</source>
            <translation>--units-per-storey 须在 1 到 {MAX_UNITS} 之间（收到 {units_per_storey}）；请给出有效的数字。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/samples/building.py" />
            <source>Cannot write {path}: {strerror}; choose a writable --out folder.</source>
            <translation>无法写入 {path}：{strerror}；请选择可写的 --out 文件夹。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/drill_picker.py" />
            <source>No element of this model needs {low} to {high} devices over {storeys} storeys; choose an easier difficulty.</source>
            <translation>本模型中没有需要 {low}–{high} 个阀门且涉及 {storeys} 层的构件；请选较低的难度。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>light fitting</source>
            <translation>灯具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>inspection chamber</source>
            <translation>检查井</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" />
            <source>Nothing can be closed to isolate {name} ({gid}); pick a pressurised supply pipe or a circuit cable for a drill.</source>
            <translation>{name}（{gid}）没有可关闭的阀门来隔离；演练请选择有压给水管或回路电缆。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" />
            <source>{name} ({gid}) is a {kind}, not a pipe; a leak drill starts from a pipe or fitting.</source>
            <translation>{name}（{gid}）是 {kind}，不是管道；漏水演练要从管道或管件开始。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" />
            <source>{name} ({gid}) is a {kind}, not a cable; a fault drill starts from a circuit's cable.</source>
            <translation>{name}（{gid}）是 {kind}，不是电缆；电气故障演练要从回路电缆开始。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" />
            <source>The answer names {gid}, which is no element of this model.</source>
            <translation>答案中的 {gid} 不是本模型的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" />
            <source>The answer names {name} ({gid}), which is not a valve, breaker or switch.</source>
            <translation>答案中的 {name}（{gid}）不是阀门、断路器或开关。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A tour needs a title and a model.</source>
            <translation>巡览需要标题和模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>Stop {number} has no title.</source>
            <translation>第 {number} 站没有标题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A tour called {title} already exists for this model.</source>
            <translation>本模型已有名为 {title} 的巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>No tour has the id {id}.</source>
            <translation>没有编号为 {id} 的巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>No document has the id {id}.</source>
            <translation>没有编号为 {id} 的档案。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A trainee needs a name.</source>
            <translation>学员需要姓名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A trainee called {name} already exists.</source>
            <translation>学员 {name} 已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>No trainee is called {name}; add them first.</source>
            <translation>没有名为 {name} 的学员，请先添加。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A drill set needs a name.</source>
            <translation>演练题组需要名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>The pass mark must be between 0 and 100.</source>
            <translation>合格线必须在 0 到 100 之间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>The refresher period must be at least one month.</source>
            <translation>复训周期至少为一个月。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A drill set needs at least one drill.</source>
            <translation>演练题组至少要有一道演练。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>{kind} is not a kind of drill; use leak, fault, locate or identify.</source>
            <translation>{kind} 不是演练类型；请用 leak、fault、locate 或 identify。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>No drill set is called {name}.</source>
            <translation>没有名为 {name} 的演练题组。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" />
            <source>A score must be between 0 and 100.</source>
            <translation>分数必须在 0 到 100 之间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>The tour file {path} does not exist.</source>
            <translation>巡览文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>The tour file {path} is too large.</source>
            <translation>巡览文件 {path} 太大。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} is a zip file without tour.json; it is not a tour.</source>
            <translation>{path} 是不含 tour.json 的压缩包，不是巡览文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} is a damaged zip file.</source>
            <translation>{path} 是损坏的压缩包。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} is neither a tour file (.fmtour) nor tour JSON.</source>
            <translation>{path} 既不是巡览文件（.fmtour）也不是巡览 JSON。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} is not an fmdesk tour.</source>
            <translation>{path} 不是 fmdesk 巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} was written by a newer fmdesk; update fmdesk to import it.</source>
            <translation>{path} 由更新版本的 fmdesk 生成；请升级 fmdesk 后再导入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>{path} lacks a title, a model or its stops; it cannot be imported.</source>
            <translation>{path} 缺少标题、模型或站点，无法导入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>Stop {number} of {path} has no title.</source>
            <translation>{path} 的第 {number} 站没有标题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" />
            <source>The attachment {name} in {path} is damaged.</source>
            <translation>{path} 中的附件 {name} 已损坏。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/dispatch.py" />
            <source>has skill {skill}</source>
            <translation>具备技能 {skill}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/dispatch.py" />
            <source>lacks skill {skill}</source>
            <translation>缺少技能 {skill}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/dispatch.py" />
            <source>{count} open order(s)</source>
            <translation>{count} 张未完成工单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/dispatch.py" />
            <source>on or based at {storey}</source>
            <translation>在 {storey} 或常驻 {storey}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>A route needs a name and a storey or a space to cover.</source>
            <translation>巡检路线需要名称，以及要覆盖的楼层或空间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>A route called '{name}' already exists; choose another name.</source>
            <translation>名为“{name}”的巡检路线已存在；请换一个名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>No assets are registered in {places}; import the model first.</source>
            <translation>{places} 中没有登记设备；请先导入模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>'{outcome}' is not a result; use pass, fail or na.</source>
            <translation>“{outcome}”不是检查结果；请使用 pass、fail 或 na。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>Round {round_id} is finished; start a new round.</source>
            <translation>巡检 {round_id} 已结束；请开始新的巡检。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>Asset {code} is not on this round's route.</source>
            <translation>设备 {code} 不在本次巡检的路线上。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/inspection.py" />
            <source>Round {round_id} is already finished.</source>
            <translation>巡检 {round_id} 已经结束。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>A work order needs a title; describe the problem in a few words.</source>
            <translation>工单需要标题；请用几个字描述问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>'{source}' is not a source; use one of {sources}.</source>
            <translation>“{source}”不是报修来源；请使用以下之一：{sources}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>No space is called '{space}'; check the flat or room name.</source>
            <translation>没有名为“{space}”的空间；请检查户号或房间名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Reported via {source}.</source>
            <translation>通过{source}报修。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>A shut-off order needs at least one valve to close.</source>
            <translation>关阀工单至少需要一个要关闭的阀门。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Work order {number} is {state}; reopen it first.</source>
            <translation>工单 {number} 状态为{state}；请先重开。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Reassigned</source>
            <translation>已改派</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>A satisfaction score is a whole number 1–5, not '{score}'.</source>
            <translation>满意度评分须为 1–5 的整数，而不是“{score}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Work order {number} is {state}; residents rate it after the recheck.</source>
            <translation>工单 {number} 状态为{state}；住户须在复核后评价。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>'{kind}' is not evidence; use photo, video or signature.</source>
            <translation>“{kind}”不是证据类型；请使用 photo、video 或 signature。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Pages start at 0 and hold 1–500 orders.</source>
            <translation>页码从 0 开始，每页 1–500 张工单。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>assignee {name}</source>
            <translation>维修工 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>contractor {name}</source>
            <translation>外包单位 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>{parts}</source>
            <translation>{parts}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Dispatching {number} needs a technician (--assignee) or a contractor.</source>
            <translation>派出 {number} 需要指定维修工（--assignee）或外包单位。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Work order {number} no longer exists.</source>
            <translation>工单 {number} 已不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/service.py" />
            <source>Work order {number} was changed by someone else (now {state}, version {version}); reload it and apply your change again.</source>
            <translation>工单 {number} 已被他人修改（现为{state}，版本 {version}）；请重新载入后再操作一次。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>normal</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>'{priority}' is not a priority; use one of {priorities}.</source>
            <translation>“{priority}”不是优先级；请使用以下之一：{priorities}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/sla.py" />
            <source>The SLA file {path} is not valid JSON; fix or delete it.</source>
            <translation>SLA 文件 {path} 不是有效的 JSON；请修正或删除。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>reported</source>
            <translation>已报修</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>dispatched</source>
            <translation>已派单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>accepted</source>
            <translation>已接单</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>on site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>reopened</source>
            <translation>已重开</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>walk-in</source>
            <translation>来访</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>QR code scan</source>
            <translation>扫码</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>network trace</source>
            <translation>管网追溯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>preventive maintenance</source>
            <translation>预防性维护</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>'{state}' is not a work-order state; use one of {states}.</source>
            <translation>“{state}”不是工单状态；请使用以下之一：{states}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>nothing (it is final)</source>
            <translation>无（已是终态）</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/states.py" />
            <source>Work order {number} is {current} and cannot go to {target}; it can go to {hint}.</source>
            <translation>工单 {number} 状态为{current}，不能转到{target}；可转到：{hint}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/templates.py" />
            <source>Checklist {name} has no item '{code}'; use one of {codes}.</source>
            <translation>检查表 {name} 中没有检查项“{code}”；请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/templates.py" />
            <source>The checklist template {path} is not valid ({error}); fix the file.</source>
            <translation>检查表模板 {path} 无效（{error}）；请修正该文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/workorders/templates.py" />
            <source>The checklist template {path} has no items or a bad priority in {codes}.</source>
            <translation>检查表模板 {path} 没有检查项，或 {codes} 中的优先级有误。</translation>
        </message>
    </context>
</TS>
