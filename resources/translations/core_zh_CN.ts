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
            <location filename="../../fmdesk/app/planning.py" line="146" />
            <source>No assets to plan: open a model or add assets to the register.</source>
            <translation>没有可计划的设备：请打开模型或在设备台账中添加设备。</translation>
        </message>
        <message>
            <location filename="../../fmdesk/app/tasks.py" line="93" />
            <source>Cannot write {path}: {reason}; check the folder.</source>
            <translation>无法写入 {path}：{reason}；请检查文件夹。</translation>
        </message>
    </context>
</TS>
