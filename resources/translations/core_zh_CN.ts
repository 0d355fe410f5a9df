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
            <location filename="../../fmdesk/app/lifecycle.py" />
            <source>No asset {codes}; check the asset codes.</source>
            <translation>没有设备 {codes}；请检查设备编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/planning.py" />
            <source>No assets to plan: open a model or add assets to the register.</source>
            <translation>没有可计划的设备：请打开模型或在设备台账中添加设备。</translation>
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
            <source>Reading {name}</source>
            <translation>正在读取 {name}</translation>
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
            <source>Written: {path}</source>
            <translation>已写入：{path}</translation>
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
            <location filename="../../fmdesk/commands/handover.py" />
            <source>{text} is not a date; write it as 2027-06-30.</source>
            <translation>{text} 不是日期，请写成 2027-06-30 的形式。</translation>
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
            <location filename="../../fmdesk/commands/ids.py" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/ids.py" />
            <source>failed</source>
            <translation>未通过</translation>
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
            <source>Work order: {number}</source>
            <translation>工单：{number}</translation>
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
            <source>IFC class</source>
            <translation>IFC 类</translation>
        </message>
        <message>
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Name</source>
            <translation>名称</translation>
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
            <location filename="../../fmdesk/handover/ids/report.py" />
            <source>Model</source>
            <translation>模型</translation>
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
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
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
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Normal</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Low</source>
            <translation>低</translation>
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
            <location filename="../../fmdesk/review/vocab.py" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/drill_picker.py" />
            <source>No element of this model needs {low} to {high} devices over {storeys} storeys; choose an easier difficulty.</source>
            <translation>本模型中没有需要 {low}–{high} 个阀门且涉及 {storeys} 层的构件；请选较低的难度。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>pipe fitting</source>
            <translation>管件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>valve</source>
            <translation>阀门</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>pump</source>
            <translation>水泵</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>tank</source>
            <translation>水箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>meter</source>
            <translation>计量表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>sanitary fixture</source>
            <translation>卫生器具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>fire hydrant</source>
            <translation>消火栓</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>cable</source>
            <translation>电缆</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>circuit breaker</source>
            <translation>断路器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>distribution board</source>
            <translation>配电箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>junction box</source>
            <translation>接线箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>transformer</source>
            <translation>变压器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>light fitting</source>
            <translation>灯具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>socket outlet</source>
            <translation>插座</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>fan</source>
            <translation>风机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>duct</source>
            <translation>风管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>air terminal</source>
            <translation>风口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>inspection chamber</source>
            <translation>检查井</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" />
            <source>lift</source>
            <translation>电梯</translation>
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
    </context>
</TS>
