<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>core</name>
        <message>
            <location filename="../../fmdesk/app/annual_plan.py" line="71" />
            <source>Give the .xlsx workbook to write with --out.</source>
            <translation>请用 --out 指定要写入的 .xlsx 文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" line="127" />
            <source>No asset matches '{text}'; check the label or the code.</source>
            <translation>没有设备与“{text}”匹配；请检查标签或编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" line="146" />
            <source>Nothing to change; pass at least one field, e.g. --status faulty.</source>
            <translation>没有要修改的内容；请至少给出一个字段，例如 --status faulty。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/assets.py" line="180" />
            <source>No asset has the code '{code}'; check 'fmdesk assets list'.</source>
            <translation>没有编码为“{code}”的设备；请用 fmdesk assets list 查看。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/documents.py" line="87" />
            <source>Cannot write '{path}': {reason}.</source>
            <translation>无法写入“{path}”：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/holidays.py" line="44" />
            <source>The year {year} is unlikely; give a year from 2000 to 2100.</source>
            <translation>年份 {year} 不合理；请给出 2000–2100 之间的年份。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/lifecycle.py" line="69" />
            <source>No asset {codes}; check the asset codes.</source>
            <translation>没有设备 {codes}；请检查设备编码。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/planning.py" line="154" />
            <source>No assets to plan: open a model or add assets to the register.</source>
            <translation>没有可计划的设备：请打开模型或在设备台账中添加设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/tasks.py" line="114" />
            <source>Cannot write {path}: {reason}; check the folder.</source>
            <translation>无法写入 {path}：{reason}；请检查文件夹。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="161" />
            <source>{name} is not a difficulty; use easy, medium or hard.</source>
            <translation>{name} 不是难度等级；请用 easy、medium 或 hard。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="174" />
            <source>This pipe has burst ({name}): close the valves that must be closed.</source>
            <translation>这根管道破裂了（{name}），请关闭需要关闭的阀门。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="177" />
            <source>This circuit is faulty ({name}): open the breakers that must be opened.</source>
            <translation>这条回路发生故障（{name}），请断开需要断开的断路器。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="180" />
            <source>Find {name} on the model.</source>
            <translation>请在模型中找到 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="181" />
            <source>What is the highlighted element, and which system is it part of?</source>
            <translation>高亮的构件是什么？属于哪个系统？</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="202" />
            <location filename="../../fmdesk/app/training.py" line="397" />
            <location filename="../../fmdesk/app/training.py" line="409" />
            <location filename="../../fmdesk/training/isolation_drill.py" line="178" />
            <source>No element has the GlobalId {gid} in this model.</source>
            <translation>本模型中没有 GlobalId 为 {gid} 的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="222" />
            <source>An attempt needs the result of at least one drill.</source>
            <translation>一次考核至少要有一道演练的结果。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="285" />
            <source>The tour {title} is for the model {other}, not {name}.</source>
            <translation>巡览 {title} 属于模型 {other}，不是 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="361" />
            <source>{trainee} has not passed {course}; a certificate needs a passing attempt.</source>
            <translation>{trainee} 尚未通过 {course}，只有考核合格才能发证。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/training.py" line="378" />
            <source>Engineering department</source>
            <translation>物业工程部</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="140" />
            <source>Score: {score}/100</source>
            <translation>得分：{score}/100</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="141" />
            <source>Right answer: {names}</source>
            <translation>正确答案：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="142" />
            <source>Correct: {names}</source>
            <translation>答对：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="143" />
            <source>Missing: {names}</source>
            <translation>遗漏：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="144" />
            <source>Unnecessary: {names}</source>
            <translation>多关：{names}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="145" />
            <source>Still wet: {spaces}</source>
            <translation>仍在漏水：{spaces}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="146" />
            <source>Needlessly cut off: {spaces}</source>
            <translation>不必要停水：{spaces}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="157" />
            <source>{n} stops</source>
            <translation>{n} 站</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="161" />
            <source>No tours.</source>
            <translation>没有巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="169" />
            <source>Tour written to {path}</source>
            <translation>巡览已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="177" />
            <source>Imported {title} ({n} stops) as tour {id}.</source>
            <translation>已导入 {title}（{n} 站），编号 {id}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="184" />
            <source>Not in the model: {ids}</source>
            <translation>模型中没有：{ids}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="193" />
            <source>Tour {id} deleted.</source>
            <translation>巡览 {id} 已删除。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="203" />
            <source>Trainee {name} added.</source>
            <translation>已添加学员 {name}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="206" />
            <location filename="../../fmdesk/commands/training.py" line="220" />
            <source>No trainees.</source>
            <translation>没有学员。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="226" />
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="227" />
            <source>not passed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="228" />
            <source>passed</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="229" />
            <source>refresher due soon</source>
            <translation>即将需要复训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="230" />
            <source>refresher due</source>
            <translation>需要复训</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="240" />
            <source>{n} drills, pass mark {mark}</source>
            <translation>{n} 道演练，合格线 {mark}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="243" />
            <source>No drill sets.</source>
            <translation>没有演练题组。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="261" />
            <source>Drill set {name} saved with {n} drills.</source>
            <translation>演练题组 {name} 已保存，共 {n} 道。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/commands/training.py" line="270" />
            <source>Certificate written to {path}</source>
            <translation>证书已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/certificate.py" line="61" />
            <location filename="../../fmdesk/training/certificate.py" line="108" />
            <location filename="../../fmdesk/training/tour_files.py" line="99" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/drill_picker.py" line="80" />
            <source>No element of this model needs {low} to {high} devices over {storeys} storeys; choose an easier difficulty.</source>
            <translation>本模型中没有需要 {low}–{high} 个阀门且涉及 {storeys} 层的构件；请选较低的难度。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="41" />
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="42" />
            <source>pipe fitting</source>
            <translation>管件</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="43" />
            <source>valve</source>
            <translation>阀门</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="44" />
            <source>pump</source>
            <translation>水泵</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="45" />
            <source>tank</source>
            <translation>水箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="46" />
            <source>meter</source>
            <translation>计量表</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="47" />
            <source>sanitary fixture</source>
            <translation>卫生器具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="48" />
            <source>fire hydrant</source>
            <translation>消火栓</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="49" />
            <source>cable</source>
            <translation>电缆</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="50" />
            <source>circuit breaker</source>
            <translation>断路器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="51" />
            <source>distribution board</source>
            <translation>配电箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="52" />
            <source>junction box</source>
            <translation>接线箱</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="53" />
            <source>transformer</source>
            <translation>变压器</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="54" />
            <source>light fitting</source>
            <translation>灯具</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="55" />
            <source>socket outlet</source>
            <translation>插座</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="56" />
            <source>fan</source>
            <translation>风机</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="57" />
            <source>duct</source>
            <translation>风管</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="58" />
            <source>air terminal</source>
            <translation>风口</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="59" />
            <source>inspection chamber</source>
            <translation>检查井</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/element_drills.py" line="60" />
            <source>lift</source>
            <translation>电梯</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" line="120" />
            <source>Nothing can be closed to isolate {name} ({gid}); pick a pressurised supply pipe or a circuit cable for a drill.</source>
            <translation>{name}（{gid}）没有可关闭的阀门来隔离；演练请选择有压给水管或回路电缆。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" line="184" />
            <source>{name} ({gid}) is a {kind}, not a pipe; a leak drill starts from a pipe or fitting.</source>
            <translation>{name}（{gid}）是 {kind}，不是管道；漏水演练要从管道或管件开始。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" line="192" />
            <source>{name} ({gid}) is a {kind}, not a cable; a fault drill starts from a circuit's cable.</source>
            <translation>{name}（{gid}）是 {kind}，不是电缆；电气故障演练要从回路电缆开始。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" line="213" />
            <source>The answer names {gid}, which is no element of this model.</source>
            <translation>答案中的 {gid} 不是本模型的构件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/isolation_drill.py" line="217" />
            <source>The answer names {name} ({gid}), which is not a valve, breaker or switch.</source>
            <translation>答案中的 {name}（{gid}）不是阀门、断路器或开关。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="60" />
            <source>A tour needs a title and a model.</source>
            <translation>巡览需要标题和模型。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="63" />
            <source>Stop {number} has no title.</source>
            <translation>第 {number} 站没有标题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="69" />
            <location filename="../../fmdesk/training/store.py" line="107" />
            <source>A tour called {title} already exists for this model.</source>
            <translation>本模型已有名为 {title} 的巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="101" />
            <location filename="../../fmdesk/training/store.py" line="157" />
            <location filename="../../fmdesk/training/store.py" line="192" />
            <source>No tour has the id {id}.</source>
            <translation>没有编号为 {id} 的巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="121" />
            <source>No document has the id {id}.</source>
            <translation>没有编号为 {id} 的档案。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="220" />
            <source>A trainee needs a name.</source>
            <translation>学员需要姓名。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="224" />
            <source>A trainee called {name} already exists.</source>
            <translation>学员 {name} 已存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="246" />
            <source>No trainee is called {name}; add them first.</source>
            <translation>没有名为 {name} 的学员，请先添加。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="269" />
            <source>A drill set needs a name.</source>
            <translation>演练题组需要名称。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="271" />
            <source>The pass mark must be between 0 and 100.</source>
            <translation>合格线必须在 0 到 100 之间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="273" />
            <source>The refresher period must be at least one month.</source>
            <translation>复训周期至少为一个月。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="275" />
            <source>A drill set needs at least one drill.</source>
            <translation>演练题组至少要有一道演练。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="279" />
            <source>{kind} is not a kind of drill; use leak, fault, locate or identify.</source>
            <translation>{kind} 不是演练类型；请用 leak、fault、locate 或 identify。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="335" />
            <source>No drill set is called {name}.</source>
            <translation>没有名为 {name} 的演练题组。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/store.py" line="370" />
            <source>A score must be between 0 and 100.</source>
            <translation>分数必须在 0 到 100 之间。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="109" />
            <source>The tour file {path} does not exist.</source>
            <translation>巡览文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="111" />
            <source>The tour file {path} is too large.</source>
            <translation>巡览文件 {path} 太大。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="117" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="127" />
            <source>{path} is a zip file without tour.json; it is not a tour.</source>
            <translation>{path} 是不含 tour.json 的压缩包，不是巡览文件。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="132" />
            <source>{path} is a damaged zip file.</source>
            <translation>{path} 是损坏的压缩包。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="140" />
            <source>{path} is neither a tour file (.fmtour) nor tour JSON.</source>
            <translation>{path} 既不是巡览文件（.fmtour）也不是巡览 JSON。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="143" />
            <source>{path} is not an fmdesk tour.</source>
            <translation>{path} 不是 fmdesk 巡览。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="146" />
            <source>{path} was written by a newer fmdesk; update fmdesk to import it.</source>
            <translation>{path} 由更新版本的 fmdesk 生成；请升级 fmdesk 后再导入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="157" />
            <source>{path} lacks a title, a model or its stops; it cannot be imported.</source>
            <translation>{path} 缺少标题、模型或站点，无法导入。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="163" />
            <source>Stop {number} of {path} has no title.</source>
            <translation>{path} 的第 {number} 站没有标题。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/training/tour_files.py" line="195" />
            <source>The attachment {name} in {path} is damaged.</source>
            <translation>{path} 中的附件 {name} 已损坏。</translation>
        </message>
    </context>
</TS>
