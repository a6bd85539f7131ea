#!/usr/bin/env python3
"""Writes the repetitive JRXML templates (the two table grids and the two report frames).

The grids have one label column and up to 6 (wide), 7 to 10 (table-7 ... table-10, as wide as the page allows),
11 (medium) or 12 (narrow) value columns, and the trend block has its own widths (table-trend); a column is printed
only when the table has a header for it. The report frames share page header, footer and the block
flow; they differ in the cover. Run from the repository root after changing the layout:
    python3 reports/src/build/generate-templates.py
The output is committed; the build compiles it (TemplateCompiler)."""
import uuid, os

OUT = "reports/src/main/resources/org/salwmonitor/reports/templates"
WIDTH = 535  # A4 portrait, 30 pt margins

def uid(name):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "salw-monitor/" + name))

def grid(name, label_width, columns):
    """A label column and `columns` equal value columns filling the width."""
    col = (WIDTH - label_width) // columns
    return grid_of(name, [WIDTH - col * columns] + [col] * columns)

def grid_of(name, widths):
    """A grid with the given column widths: the label column first, then the value columns."""
    label_width, columns = widths[0], len(widths) - 1
    out = []
    out.append(f'<jasperReport name="{name}" language="java" pageWidth="{WIDTH}" pageHeight="842" columnWidth="{WIDTH}" '
               f'leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="NoPages" uuid="{uid(name)}">')
    out.append('\t<template><![CDATA["org/salwmonitor/reports/templates/salw.jrtx"]]></template>')
    out.append('\t<parameter name="HEADERS" class="java.util.List"/>')
    out.append('\t<field name="label" class="java.lang.String"/>')
    out.append('\t<field name="total" class="java.lang.Boolean"/>')
    for i in range(1, columns + 1):
        out.append(f'\t<field name="c{i}" class="java.lang.String"/>')
    out.append('\t<columnHeader height="16">')
    out.append(f'\t\t<element kind="textField" uuid="{uid(name + "/h0")}" x="0" y="0" width="{label_width}" height="16" '
               'textAdjust="StretchHeight" stretchType="ContainerHeight" style="GridHeader">')
    out.append('\t\t\t<expression><![CDATA[(String) $P{HEADERS}.get(0)]]></expression>')
    out.append('\t\t</element>')
    x = label_width
    for i in range(1, columns + 1):
        out.append(f'\t\t<element kind="textField" uuid="{uid(name + f"/h{i}")}" x="{x}" y="0" width="{widths[i]}" height="16" '
                   'textAdjust="StretchHeight" stretchType="ContainerHeight" hTextAlign="Right" style="GridHeader">')
        out.append(f'\t\t\t<printWhenExpression><![CDATA[$P{{HEADERS}}.size() > {i}]]></printWhenExpression>')
        out.append(f'\t\t\t<expression><![CDATA[(String) $P{{HEADERS}}.get({i})]]></expression>')
        out.append('\t\t</element>')
        x += widths[i]
    out.append('\t</columnHeader>')
    out.append('\t<detail>')
    # A row is never split across pages.
    out.append('\t\t<band height="11" splitType="Prevent">')
    out.append(f'\t\t\t<element kind="textField" uuid="{uid(name + "/c0")}" x="0" y="0" width="{label_width}" height="11" '
               'textAdjust="StretchHeight" stretchType="ContainerHeight" style="GridLabel">')
    out.append('\t\t\t\t<expression><![CDATA[$F{label}]]></expression>')
    out.append('\t\t\t</element>')
    x = label_width
    for i in range(1, columns + 1):
        out.append(f'\t\t\t<element kind="textField" uuid="{uid(name + f"/c{i}")}" x="{x}" y="0" width="{widths[i]}" height="11" '
                   'textAdjust="StretchHeight" stretchType="ContainerHeight" hTextAlign="Right" style="GridCell">')
        out.append(f'\t\t\t\t<printWhenExpression><![CDATA[$P{{HEADERS}}.size() > {i}]]></printWhenExpression>')
        out.append(f'\t\t\t\t<expression><![CDATA[$F{{c{i}}}]]></expression>')
        out.append('\t\t\t</element>')
        x += widths[i]
    out.append('\t\t</band>')
    out.append('\t</detail>')
    out.append('</jasperReport>')
    return "\n".join(out) + "\n"

def frame(name, cover):
    n = name
    o = []
    o.append(f'<jasperReport name="{n}" language="java" pageWidth="595" pageHeight="842" columnWidth="{WIDTH}" '
             f'leftMargin="30" rightMargin="30" topMargin="24" bottomMargin="24" whenNoDataType="AllSectionsNoDetail" '
             f'uuid="{uid(n)}">')
    o.append('\t<template><![CDATA["org/salwmonitor/reports/templates/salw.jrtx"]]></template>')
    for p, c in [("REPORT_TITLE", "java.lang.String"), ("CLASSIFICATION", "java.lang.String"),
                 ("SYNTHETIC", "java.lang.Boolean"), ("SYNTHETIC_TEXT", "java.lang.String"),
                 ("GENERATED_TEXT", "java.lang.String"), ("DATA_AS_OF_TEXT", "java.lang.String"),
                 ("PAGE_PATTERN", "java.lang.String"), ("COVER_SUBTITLE", "java.lang.String"),
                 ("COVER_TEXT", "java.lang.String"),
                 ("TABLE_NARROW", "net.sf.jasperreports.engine.JasperReport"),
                 ("TABLE_WIDE", "net.sf.jasperreports.engine.JasperReport"),
                 ("TABLE_MEDIUM", "net.sf.jasperreports.engine.JasperReport"),
                 ("TABLES", "java.util.Map")]:
        o.append(f'\t<parameter name="{p}" class="{c}"/>')
    for f, c in [("kind", "java.lang.String"), ("text", "java.lang.String"),
                 ("rows", "net.sf.jasperreports.engine.JRDataSource"), ("headers", "java.util.List"),
                 ("layout", "java.lang.String"), ("image", "net.sf.jasperreports.renderers.Renderable"),
                 ("heading", "java.lang.String"), ("keep", "java.lang.Integer")]:
        o.append(f'\t<field name="{f}" class="{c}"/>')
    o.append('\t<variable name="CURRENT_PAGE" resetType="Page" class="java.lang.Integer">')
    o.append('\t\t<expression><![CDATA[$V{PAGE_NUMBER}]]></expression>')
    o.append('\t</variable>')
    # Blocks that Doc marks to stay together (a heading, its chart, its table and its note) share a "keep"
    # number: the group moves them to the next page together when they do not fit on this one.
    o.append('\t<group name="keep" keepTogether="true">')
    o.append('\t\t<expression><![CDATA[$F{keep}]]></expression>')
    o.append('\t</group>')
    def header(prefix):
        # Title and classification, and the synthetic-data marking: 30 pt at the top of the band.
        h = []
        h.append(f'\t\t<element kind="textField" uuid="{uid(n + "/" + prefix + "-title")}" x="0" y="0" width="380" height="12" style="PageHeader">')
        h.append('\t\t\t<expression><![CDATA[$P{COVER_SUBTITLE}]]></expression>')
        h.append('\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.artifact" value="true"/>')
        h.append('\t\t</element>')
        h.append(f'\t\t<element kind="textField" uuid="{uid(n + "/" + prefix + "-class")}" x="380" y="0" width="155" height="12" hTextAlign="Right" style="Marking">')
        h.append('\t\t\t<expression><![CDATA[$P{CLASSIFICATION}]]></expression>')
        h.append('\t\t</element>')
        h.append(f'\t\t<element kind="textField" uuid="{uid(n + "/" + prefix + "-synthetic")}" x="0" y="14" width="{WIDTH}" height="12" style="Banner">')
        h.append('\t\t\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
        h.append('\t\t\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
        h.append('\t\t</element>')
        h.append(f'\t\t<element kind="line" uuid="{uid(n + "/" + prefix + "-line")}" x="0" y="28" width="{WIDTH}" height="1"/>')
        return h
    # Cover, first page only. JasperReports prints the title band before the page header, so the cover
    # carries the page header itself at its top, and the page header band starts on page 2.
    o.append('\t<title height="180">')
    o.extend(header("tp"))
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-title")}" x="0" y="60" width="{WIDTH}" height="30" '
             'textAdjust="StretchHeight" style="CoverTitle">')
    o.append('\t\t\t<expression><![CDATA[$P{REPORT_TITLE}]]></expression>')
    o.append('\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.h1" value="full"/>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-subtitle")}" positionType="Float" x="0" y="94" width="{WIDTH}" height="18" '
             'textAdjust="StretchHeight" style="CoverSubtitle">')
    o.append('\t\t\t<expression><![CDATA[$P{COVER_SUBTITLE}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-text")}" positionType="Float" x="0" y="118" width="{WIDTH}" height="14" '
             'textAdjust="StretchHeight" style="Body">')
    o.append('\t\t\t<expression><![CDATA[$P{COVER_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-synthetic")}" positionType="Float" x="0" y="140" width="{WIDTH}" height="28" '
             'textAdjust="StretchHeight" style="CoverWarning">')
    o.append('\t\t\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
    o.append('\t\t\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="line" uuid="{uid(n + "/cover-line")}" positionType="Float" x="0" y="176" width="{WIDTH}" height="1"/>')
    o.append('\t</title>')
    # Page header from page 2 on: title and classification, and the synthetic-data marking.
    o.append('\t<pageHeader height="30">')
    o.append('\t\t<printWhenExpression><![CDATA[$V{PAGE_NUMBER} > 1]]></printWhenExpression>')
    o.extend(header("ph"))
    o.append('\t</pageHeader>')
    # The body: a flow of blocks, one band per kind.
    o.append('\t<detail>')
    def band(kind, height, body):
        o.append(f'\t\t<band height="{height}" splitType="Stretch">')
        o.append(f'\t\t\t<printWhenExpression><![CDATA["{kind}".equals($F{{kind}})]]></printWhenExpression>')
        o.extend(body)
        o.append('\t\t</band>')
    band("BREAK", 1, [f'\t\t\t<element kind="break" uuid="{uid(n + "/break")}" x="0" y="0" width="{WIDTH}" height="1"/>'])
    band("H1", 30, [
        f'\t\t\t<element kind="textField" uuid="{uid(n + "/h1")}" x="0" y="6" width="{WIDTH}" height="20" textAdjust="StretchHeight" style="H1">',
        '\t\t\t\t<expression><![CDATA[$F{text}]]></expression>',
        '\t\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.h1" value="full"/>',
        '\t\t\t</element>'])
    band("H2", 22, [
        f'\t\t\t<element kind="textField" uuid="{uid(n + "/h2")}" x="0" y="6" width="{WIDTH}" height="14" textAdjust="StretchHeight" style="H2">',
        '\t\t\t\t<expression><![CDATA[$F{text}]]></expression>',
        '\t\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.h2" value="full"/>',
        '\t\t\t</element>'])
    band("P", 15, [
        f'\t\t\t<element kind="textField" uuid="{uid(n + "/p")}" x="0" y="2" width="{WIDTH}" height="12" textAdjust="StretchHeight" style="Body">',
        '\t\t\t\t<expression><![CDATA[$F{text}]]></expression>',
        '\t\t\t</element>'])
    band("NOTE", 12, [
        f'\t\t\t<element kind="textField" uuid="{uid(n + "/note")}" x="0" y="1" width="{WIDTH}" height="10" textAdjust="StretchHeight" style="Note">',
        '\t\t\t\t<expression><![CDATA[$F{text}]]></expression>',
        '\t\t\t</element>'])
    # A table or chart prints the heading before it (Doc moves a preceding H2 into "heading"), so that a
    # heading never ends a page without what it heads; a band that does not fit the rest of the page moves to
    # the next page whole (a table longer than a page is then split between its rows).
    def heading(part):
        return [
            f'\t\t\t<element kind="textField" uuid="{uid(n + "/" + part + "-heading")}" x="0" y="0" width="{WIDTH}" height="22" textAdjust="StretchHeight" removeLineWhenBlank="true" style="H2">',
            '\t\t\t\t<printWhenExpression><![CDATA[$F{heading} != null]]></printWhenExpression>',
            '\t\t\t\t<expression><![CDATA[$F{heading}]]></expression>',
            '\t\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.h2" value="full"/>',
            '\t\t\t\t<box topPadding="6" bottomPadding="2"/>',
            '\t\t\t</element>']
    def kept(kind, height, body):
        o.append(f'\t\t<band height="{height}" splitType="Prevent">')
        o.append(f'\t\t\t<printWhenExpression><![CDATA["{kind}".equals($F{{kind}})]]></printWhenExpression>')
        o.extend(body)
        o.append('\t\t</band>')
    kept("TABLE", 46, heading("table") + [
        f'\t\t\t<element kind="subreport" uuid="{uid(n + "/table")}" positionType="Float" x="0" y="26" width="{WIDTH}" height="16">',
        '\t\t\t\t<dataSourceExpression><![CDATA[$F{rows}]]></dataSourceExpression>',
        '\t\t\t\t<expression><![CDATA[(net.sf.jasperreports.engine.JasperReport) $P{TABLES}.get($F{layout})]]></expression>',
        '\t\t\t\t<parameter name="HEADERS">',
        '\t\t\t\t\t<expression><![CDATA[$F{headers}]]></expression>',
        '\t\t\t\t</parameter>',
        '\t\t\t\t<parameter name="REPORT_RESOURCE_BUNDLE">',
        '\t\t\t\t\t<expression><![CDATA[$P{REPORT_RESOURCE_BUNDLE}]]></expression>',
        '\t\t\t\t</parameter>',
        '\t\t\t\t<parameter name="REPORT_LOCALE">',
        '\t\t\t\t\t<expression><![CDATA[$P{REPORT_LOCALE}]]></expression>',
        '\t\t\t\t</parameter>',
        '\t\t\t</element>'])
    kept("CHART", 272, heading("chart") + [
        f'\t\t\t<element kind="image" uuid="{uid(n + "/chart")}" positionType="Float" x="0" y="26" width="{WIDTH}" height="242" scaleImage="RetainShape" hImageAlign="Center" linkType="None">',
        '\t\t\t\t<expression><![CDATA[$F{image}]]></expression>',
        '\t\t\t\t<hyperlinkTooltipExpression><![CDATA[$F{text}]]></hyperlinkTooltipExpression>',
        '\t\t\t</element>'])
    kept("SMALLCHART", 192, heading("smallchart") + [
        f'\t\t\t<element kind="image" uuid="{uid(n + "/smallchart")}" positionType="Float" x="0" y="26" width="{WIDTH}" height="162" scaleImage="RetainShape" hImageAlign="Center" linkType="None">',
        '\t\t\t\t<expression><![CDATA[$F{image}]]></expression>',
        '\t\t\t\t<hyperlinkTooltipExpression><![CDATA[$F{text}]]></hyperlinkTooltipExpression>',
        '\t\t\t</element>'])
    o.append('\t</detail>')
    # Footer: page X of Y, generation time, data as of.
    o.append('\t<pageFooter height="26">')
    o.append(f'\t\t<element kind="line" uuid="{uid(n + "/pf-line")}" x="0" y="2" width="{WIDTH}" height="1"/>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/pf-generated")}" x="0" y="5" width="400" height="10" style="Footer">')
    o.append('\t\t\t<expression><![CDATA[$P{GENERATED_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/pf-asof")}" x="0" y="15" width="400" height="10" style="Footer">')
    o.append('\t\t\t<expression><![CDATA[$P{DATA_AS_OF_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/pf-page")}" x="400" y="5" width="135" height="10" evaluationTime="Auto" hTextAlign="Right" style="Footer">')
    o.append('\t\t\t<expression><![CDATA[msg($P{PAGE_PATTERN}, $V{CURRENT_PAGE}, $V{PAGE_NUMBER})]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/pf-class")}" x="400" y="15" width="135" height="10" hTextAlign="Right" style="Marking">')
    o.append('\t\t\t<expression><![CDATA[$P{CLASSIFICATION}]]></expression>')
    o.append('\t\t</element>')
    o.append('\t</pageFooter>')
    o.append('</jasperReport>')
    return "\n".join(o) + "\n"

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

write("table-narrow.jrxml", grid("table-narrow", 103, 12))
write("table-wide.jrxml", grid("table-wide", 145, 6))
write("table-medium.jrxml", grid("table-medium", 84, 11))
# 7 to 10 value columns: as wide as the page allows (up to 55 pt), the rest for the label column.
for columns in range(7, 11):
    col = min(55, (WIDTH - 85) // columns)
    write(f"table-{columns}.jrxml", grid(f"table-{columns}", WIDTH - col * columns, columns))
# The trend block: country, n, LS slope, 95% CI, LS p, MK tau, MK p, MK method, TS slope, change, CAGR, verdict.
write("table-trend.jrxml", grid_of("table-trend", [80, 18, 40, 40, 36, 34, 36, 58, 40, 50, 37, 66]))
write("trend-report.jrxml", frame("trend-report", "trend"))
write("compliance-report.jrxml", frame("compliance-report", "compliance"))
