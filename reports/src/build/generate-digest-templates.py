#!/usr/bin/env python3
"""Writes the JRXML templates of the restricted case digest (the frame and its four tables).

The frame carries the marking in the page header and footer of every page; the tables are subreports
whose column headers come from the digest bundle ($R{...}). Run from the repository root after changing
the layout:
    python3 reports/src/build/generate-digest-templates.py
The output is committed; the build compiles it (TemplateCompiler, second execution in reports/pom.xml)."""
import os
import uuid

OUT = "reports/src/main/resources/org/salwmonitor/reports/digest"
WIDTH = 535  # A4 portrait, 30 pt margins
STYLES = ('\t<template><![CDATA["org/salwmonitor/reports/templates/salw.jrtx"]]></template>\n'
          '\t<template><![CDATA["org/salwmonitor/reports/digest/digest.jrtx"]]></template>')


def uid(name):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "salw-monitor/digest/" + name))


def text_field(key, x, y, width, height, expression, style, align=None, extra="", props=()):
    attrs = f'x="{x}" y="{y}" width="{width}" height="{height}" textAdjust="StretchHeight"'
    if align:
        attrs += f' hTextAlign="{align}"'
    lines = [f'<element kind="textField" uuid="{uid(key)}" {extra}{attrs} style="{style}">']
    lines.append(f'\t<expression><![CDATA[{expression}]]></expression>')
    for name, value in props:
        lines.append(f'\t<property name="{name}" value="{value}"/>')
    lines.append('</element>')
    return lines


def indent(lines, depth):
    return ["\t" * depth + line for line in lines]


def frame():
    n = "case-digest"
    o = [f'<jasperReport name="{n}" language="java" pageWidth="595" pageHeight="842" columnWidth="{WIDTH}" '
         f'leftMargin="30" rightMargin="30" topMargin="24" bottomMargin="24" whenNoDataType="AllSectionsNoDetail" '
         f'uuid="{uid(n)}">', STYLES]
    for p in ["REPORT_TITLE", "HEADER_TITLE", "MARKING", "SYNTHETIC_TEXT", "GENERATED_TEXT", "DATA_AS_OF_TEXT",
              "PAGE_PATTERN", "COVER_LEAD", "COVER_TEXT", "COVER_DISTRIBUTION", "COVER_PERSONS", "COVER_OVERVIEW"]:
        o.append(f'\t<parameter name="{p}" class="java.lang.String"/>')
    o.append('\t<parameter name="SYNTHETIC" class="java.lang.Boolean"/>')
    tables = ["CASES", "MATCHES", "TRACING", "SDG"]
    for t in tables:
        o.append(f'\t<parameter name="{t}_REPORT" class="net.sf.jasperreports.engine.JasperReport"/>')
    o.append('\t<field name="kind" class="java.lang.String"/>')
    o.append('\t<field name="text" class="java.lang.String"/>')
    o.append('\t<field name="rows" class="net.sf.jasperreports.engine.JRDataSource"/>')
    # Cover, first page only (below the page header): marking, title, who may receive it, synthetic warning.
    o.append('\t<title height="232">')
    body = []
    body += text_field("cover-marking", 0, 0, WIDTH, 20, "$P{MARKING}", "CoverMarking", "Center")
    body += text_field("cover-title", 0, 28, WIDTH, 30, "$P{REPORT_TITLE}", "CoverTitle",
                       props=[("net.sf.jasperreports.export.pdf.tag.h1", "full")])
    y = 62
    for key, param, style, height in [("cover-lead", "COVER_LEAD", "CoverSubtitle", 16),
                                      ("cover-text", "COVER_TEXT", "Body", 14),
                                      ("cover-distribution", "COVER_DISTRIBUTION", "Distribution", 44),
                                      ("cover-persons", "COVER_PERSONS", "Body", 14),
                                      ("cover-overview", "COVER_OVERVIEW", "Body", 14)]:
        body += text_field(key, 0, y, WIDTH, height, f"$P{{{param}}}", style, extra='positionType="Float" ')
        y += height + 6
    body.append(f'<element kind="textField" uuid="{uid("cover-synthetic")}" positionType="Float" x="0" y="{y}" '
                f'width="{WIDTH}" height="26" textAdjust="StretchHeight" removeLineWhenBlank="true" style="CoverWarning">')
    body.append('\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
    body.append('\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
    body.append('</element>')
    y += 32
    body.append(f'<element kind="line" uuid="{uid("cover-line")}" positionType="Float" x="0" y="{y}" width="{WIDTH}" height="1"/>')
    assert y + 4 <= 232, y
    o += indent(body, 2)
    o.append('\t</title>')
    # Page header of every page: the marking, the digest's short title, the synthetic-data banner.
    o.append('\t<pageHeader height="40">')
    body = []
    body += text_field("ph-marking", 0, 0, WIDTH, 13, "$P{MARKING}", "MarkingBox", "Center")
    body += text_field("ph-title", 0, 15, WIDTH, 11, "$P{HEADER_TITLE}", "PageHeader",
                       props=[("net.sf.jasperreports.export.pdf.tag.artifact", "true")])
    body.append(f'<element kind="textField" uuid="{uid("ph-synthetic")}" x="0" y="27" width="{WIDTH}" height="11" style="Banner">')
    body.append('\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
    body.append('\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
    body.append('</element>')
    o += indent(body, 2)
    o.append('\t</pageHeader>')
    # Body: a flow of blocks, one band per kind.
    o.append('\t<detail>')

    def band(kind, height, lines):
        o.append(f'\t\t<band height="{height}" splitType="Stretch">')
        o.append(f'\t\t\t<printWhenExpression><![CDATA["{kind}".equals($F{{kind}})]]></printWhenExpression>')
        o.extend(indent(lines, 3))
        o.append('\t\t</band>')

    band("BREAK", 1, [f'<element kind="break" uuid="{uid("break")}" x="0" y="0" width="{WIDTH}" height="1"/>'])
    band("H1", 30, text_field("h1", 0, 8, WIDTH, 18, "$F{text}", "H1",
                              props=[("net.sf.jasperreports.export.pdf.tag.h1", "full")]))
    band("P", 15, text_field("p", 0, 2, WIDTH, 12, "$F{text}", "Body"))
    band("NOTE", 12, text_field("note", 0, 1, WIDTH, 10, "$F{text}", "Note"))
    for t in tables:
        band(t, 22, [
            f'<element kind="subreport" uuid="{uid("table-" + t)}" x="0" y="4" width="{WIDTH}" height="16">',
            '\t<dataSourceExpression><![CDATA[$F{rows}]]></dataSourceExpression>',
            f'\t<expression><![CDATA[$P{{{t}_REPORT}}]]></expression>',
            '\t<parameter name="REPORT_RESOURCE_BUNDLE">',
            '\t\t<expression><![CDATA[$P{REPORT_RESOURCE_BUNDLE}]]></expression>',
            '\t</parameter>',
            '\t<parameter name="REPORT_LOCALE">',
            '\t\t<expression><![CDATA[$P{REPORT_LOCALE}]]></expression>',
            '\t</parameter>',
            '</element>'])
    o.append('\t</detail>')
    # Footer of every page: generation time, page X of Y, data as of, and the marking again.
    o.append('\t<pageFooter height="30">')
    body = [f'<element kind="line" uuid="{uid("pf-line")}" x="0" y="2" width="{WIDTH}" height="1"/>']
    body += text_field("pf-generated", 0, 5, 250, 10, "$P{GENERATED_TEXT}", "Footer")
    body.append(f'<element kind="textField" uuid="{uid("pf-page")}" x="250" y="5" width="285" height="10" '
                'evaluationTime="Master" hTextAlign="Right" style="Footer">')
    # Evaluated when the whole print is done: right also on pages that hold only the continuation of a table,
    # where no record of this report is filled (a page-reset variable would be null there).
    body.append('\t<expression><![CDATA[msg($P{PAGE_PATTERN}, $V{MASTER_CURRENT_PAGE}, $V{MASTER_TOTAL_PAGES})]]></expression>')
    body.append('</element>')
    body += text_field("pf-asof", 0, 17, 200, 10, "$P{DATA_AS_OF_TEXT}", "Footer")
    body += text_field("pf-marking", 200, 17, 335, 10, "$P{MARKING}", "MarkingFooter", "Right")
    o += indent(body, 2)
    o.append('\t</pageFooter>')
    o.append('</jasperReport>')
    return "\n".join(o) + "\n"


def table(name, fields, columns, group=None, header_rows=None, detail_height=11):
    """A grid: columns are (field expression, header expression, width, align); group is (field, keepTogether)."""
    assert sum(c[2] for c in columns) == WIDTH, (name, sum(c[2] for c in columns))
    o = [f'<jasperReport name="{name}" language="java" pageWidth="{WIDTH}" pageHeight="842" columnWidth="{WIDTH}" '
         f'leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="NoPages" uuid="{uid(name)}">',
         STYLES]
    for f in fields:
        o.append(f'\t<field name="{f}" class="java.lang.String"/>')
    header = []
    y = 0
    if group:
        header += text_field(name + "/group-title", 0, 4, WIDTH, 12, "$F{groupTitle}", "GroupTitle")
        y = 18
    for r, row in enumerate(header_rows or []):
        x = 0
        for i, (expression, width, align) in enumerate(row):
            if expression:
                header += text_field(f"{name}/hr{r}-{i}", x, y, width, 11, expression, "GridHeader", align,
                                     extra='stretchType="ContainerHeight" ')
            x += width
        y += 11
    x = 0
    for i, (_, head, width, align) in enumerate(columns):
        header += text_field(f"{name}/h{i}", x, y, width, 20, head, "GridHeader", align,
                             extra='stretchType="ContainerHeight" ')
        x += width
    y += 20
    if group:
        field, keep = group
        keep_together = ' keepTogether="true"' if keep else ""
        o.append(f'\t<group name="{field}" minHeightToStartNewPage="70" reprintHeaderOnEachPage="true"{keep_together}>')
        o.append(f'\t\t<expression><![CDATA[$F{{{field}}}]]></expression>')
        o.append('\t\t<groupHeader>')
        o.append(f'\t\t\t<band height="{y}">')
        o += indent(header, 4)
        o.append('\t\t\t</band>')
        o.append('\t\t</groupHeader>')
        o.append('\t\t<groupFooter>')
        o.append('\t\t\t<band height="4"/>')
        o.append('\t\t</groupFooter>')
        o.append('\t</group>')
    else:
        o.append(f'\t<columnHeader height="{y}">')
        o += indent(header, 2)
        o.append('\t</columnHeader>')
    o.append('\t<detail>')
    o.append(f'\t\t<band height="{detail_height}" splitType="Prevent">')
    x = 0
    body = []
    for i, (expression, _, width, align) in enumerate(columns):
        body += text_field(f"{name}/c{i}", x, 0, width, detail_height, expression, "GridCell", align,
                           extra='stretchType="ContainerHeight" ')
        x += width
    o += indent(body, 3)
    o.append('\t\t</band>')
    o.append('\t</detail>')
    o.append('</jasperReport>')
    return "\n".join(o) + "\n"


def write(name, text):
    with open(os.path.join(OUT, name + ".jrxml"), "w", encoding="utf-8") as f:
        f.write(text)


R = lambda key: f'$R{{{key}}}'
write("case-digest", frame())
write("case-digest-cases", table(
    "case-digest-cases",
    ["group", "groupTitle", "event", "where", "route", "contexts", "stage", "items", "persons"],
    [("$F{event}", R("column.event"), 60, None),
     ("$F{where}", R("column.where"), 84, None),
     ("$F{route}", R("column.route"), 80, None),
     ("$F{contexts}", R("column.contexts"), 68, None),
     ("$F{stage}", R("column.stage"), 66, None),
     ("$F{items}", R("column.items"), 143, None),
     ("$F{persons}", R("column.persons"), 34, "Right")],
    group=("group", False), detail_height=20))
write("case-digest-matches", table(
    "case-digest-matches",
    ["group", "groupTitle", "record", "kind", "where", "date", "make", "model", "calibre", "serial"],
    [("$F{record}", R("column.record"), 62, None),
     ("$F{kind}", R("column.kind"), 52, None),
     ("$F{where}", R("column.statePlace"), 92, None),
     ("$F{date}", R("column.date"), 58, None),
     ("$F{make}", R("column.make"), 66, None),
     ("$F{model}", R("column.model"), 60, None),
     ("$F{calibre}", R("column.calibre"), 50, None),
     ("$F{serial}", R("column.serial"), 95, None)],
    group=("group", True)))
write("case-digest-tracing", table(
    "case-digest-tracing",
    ["state", "sent", "answered", "established", "pending", "noResponse", "median"],
    [("$F{state}", R("column.requested"), 125, None),
     ("$F{sent}", R("column.sent"), 60, "Right"),
     ("$F{answered}", R("column.answered"), 60, "Right"),
     ("$F{established}", R("column.established"), 75, "Right"),
     ("$F{pending}", R("column.pending"), 60, "Right"),
     ("$F{noResponse}", R("column.noResponse"), 65, "Right"),
     ("$F{median}", R("column.median"), 90, "Right")]))
write("case-digest-sdg", table(
    "case-digest-sdg",
    ["state", "year", "recordsEstablished", "recordsArms", "recordsPercent", "statisticsEstablished",
     "statisticsArms", "statisticsPercent", "difference"],
    [("$F{state}", R("column.state"), 100, None),
     ("$F{year}", R("column.year"), 35, "Right"),
     ("$F{recordsEstablished}", R("column.established.short"), 60, "Right"),
     ("$F{recordsArms}", R("column.arms"), 55, "Right"),
     ("$F{recordsPercent}", R("column.percent"), 45, "Right"),
     ("$F{statisticsEstablished}", R("column.established.short"), 60, "Right"),
     ("$F{statisticsArms}", R("column.arms"), 55, "Right"),
     ("$F{statisticsPercent}", R("column.percent"), 45, "Right"),
     ("$F{difference}", R("column.difference"), 80, "Right")],
    header_rows=[[(None, 135, None), (R("column.fromRecords"), 160, "Center"),
                  (R("column.fromStatistics"), 160, "Center"), (None, 80, None)]]))
