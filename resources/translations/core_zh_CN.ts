<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>core</name>
        <message>
            <location filename="../../fmdesk/app/review.py" line="218" />
            <source>Review issue {number} already became work order {order}.</source>
            <translation>审查问题 {number} 已转为工单 {order}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" line="227" />
            <source>Rework: {title}</source>
            <translation>返修：{title}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" line="254" />
            <location filename="../../fmdesk/commands/review.py" line="96" />
            <source>Elements: {ids}</source>
            <translation>构件：{ids}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" line="267" />
            <source>'{value}' is not a date; write it as 2027-03-31.</source>
            <translation>“{value}”不是日期；请写成 2027-03-31 的格式。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review.py" line="289" />
            <source>Cannot read the snapshot {path}: {reason}.</source>
            <translation>无法读取快照 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="67" />
            <source>Reading {name}</source>
            <translation>正在读取 {name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="75" />
            <source>Importing topic {done} of {total}</source>
            <translation>正在导入第 {done}/{total} 个问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="112" />
            <source>BCF version {version} is not supported; use 2.1 or 3.0.</source>
            <translation>不支持 BCF {version} 版本，请使用 2.1 或 3.0。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="125" />
            <source>Collecting review issues</source>
            <translation>正在收集审查问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="128" />
            <source>No review issue matches; nothing was exported.</source>
            <translation>没有符合条件的审查问题，未导出任何内容。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/review_bcf.py" line="134" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" line="55" />
            <source>Imported {topics} topic(s) from {path} (BCF {version}): {created} new, {updated} updated, {comments} comment(s), {viewpoints} viewpoint(s).</source>
            <translation>已从 {path}（BCF {version}）导入 {topics} 个问题：新增 {created} 个，更新 {updated} 个，评论 {comments} 条，视点 {viewpoints} 个。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/bcf.py" line="88" />
            <source>Exported {topics} review issue(s) to {path} (BCF {version}).</source>
            <translation>已将 {topics} 个审查问题导出到 {path}（BCF {version}）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" line="86" />
            <source>  OVERDUE</source>
            <translation>  已逾期</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" line="98" />
            <source>Assignee: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" line="100" />
            <source>Work order: {number}</source>
            <translation>工单：{number}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" line="141" />
            <source>No review issues.</source>
            <translation>没有审查问题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/review.py" line="182" />
            <source>Work order {order} raised from {number}.</source>
            <translation>已由 {number} 生成工单 {order}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/markup.py" line="38" />
            <source>{path}: no readable topic; skipped.</source>
            <translation>{path}：没有可读取的问题，已跳过。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/markup.py" line="235" />
            <source>Topic {guid}: bitmap {name} is missing.</source>
            <translation>问题 {guid}：缺少位图 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/reader.py" line="83" />
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/reader.py" line="86" />
            <source>{path} is not a BCF file (it is not a zip archive).</source>
            <translation>{path} 不是 BCF 文件（不是 zip 压缩包）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/reader.py" line="93" />
            <source>{path} is not a BCF file: it holds no topic (markup.bcf).</source>
            <translation>{path} 不是 BCF 文件：其中没有任何问题（markup.bcf）。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/write_visinfo.py" line="76" />
            <source>{gid} is not an IFC GlobalId; left out of BCF.</source>
            <translation>{gid} 不是 IFC GlobalId，未写入 BCF。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/bcf/write_visinfo.py" line="149" />
            <source>Viewpoint {guid}: BCF 2.1 allows a field of view of 45-60°; {fov:.0f}° was written as {clamped:.0f}°.</source>
            <translation>视点 {guid}：BCF 2.1 只允许 45–60° 的视角，{fov:.0f}° 已写为 {clamped:.0f}°。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="68" />
            <location filename="../../fmdesk/review/issues.py" line="122" />
            <source>A review issue needs a title; say what is wrong.</source>
            <translation>审查问题需要标题，请说明问题所在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="69" />
            <location filename="../../fmdesk/review/issues.py" line="124" />
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="70" />
            <location filename="../../fmdesk/review/issues.py" line="126" />
            <source>priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="71" />
            <location filename="../../fmdesk/review/issues.py" line="141" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="120" />
            <source>These fields cannot be edited: {names}.</source>
            <translation>这些字段不能编辑：{names}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="147" />
            <source>Review issue {number} is {current}; it cannot become {status}.</source>
            <translation>审查问题 {number} 当前为“{current}”，不能改为“{status}”。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="166" />
            <source>A comment needs some text.</source>
            <translation>评论内容不能为空。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="254" />
            <source>'{code}' is not a review issue {what}; use one of {codes}.</source>
            <translation>“{code}”不是有效的审查问题{what}，请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/issues.py" line="474" />
            <source>Review issue {ref} was changed by someone else meanwhile; reload it and try again.</source>
            <translation>审查问题 {ref} 已被他人修改，请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/views.py" line="38" />
            <source>No review issue has the number '{ref}'; check it with 'fmdesk review list'.</source>
            <translation>没有编号为“{ref}”的审查问题；请用 “fmdesk review list” 查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="27" />
            <source>Design issue</source>
            <translation>设计问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="28" />
            <source>Construction defect</source>
            <translation>施工问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="29" />
            <source>Missing information</source>
            <translation>资料缺失</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="30" />
            <source>Clash</source>
            <translation>碰撞</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="31" />
            <source>Maintenance access</source>
            <translation>检修不便</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="32" />
            <source>Model data issue</source>
            <translation>模型数据问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="33" />
            <source>Handover finding</source>
            <translation>承接查验问题</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="34" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="39" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="40" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="41" />
            <source>Normal</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="42" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="47" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="48" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="49" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../fmdesk/review/vocab.py" line="50" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
    </context>
</TS>
