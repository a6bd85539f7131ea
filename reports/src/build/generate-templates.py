#!/usr/bin/env python3
"""Writes the repetitive JRXML templates (the two table grids and the two report frames).

The grids have one label column and up to 12 (narrow), 11 (medium) or 6 (wide) value columns; a column is printed
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
    col = (WIDTH - label_width) // columns
    label_width = WIDTH - col * columns
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
    for i in range(1, columns + 1):
        x = label_width + (i - 1) * col
        out.append(f'\t\t<element kind="textField" uuid="{uid(name + f"/h{i}")}" x="{x}" y="0" width="{col}" height="16" '
                   'textAdjust="StretchHeight" stretchType="ContainerHeight" hTextAlign="Right" style="GridHeader">')
        out.append(f'\t\t\t<printWhenExpression><![CDATA[$P{{HEADERS}}.size() > {i}]]></printWhenExpression>')
        out.append(f'\t\t\t<expression><![CDATA[(String) $P{{HEADERS}}.get({i})]]></expression>')
        out.append('\t\t</element>')
    out.append('\t</columnHeader>')
    out.append('\t<detail>')
    out.append('\t\t<band height="11">')
    out.append(f'\t\t\t<element kind="textField" uuid="{uid(name + "/c0")}" x="0" y="0" width="{label_width}" height="11" '
               'textAdjust="StretchHeight" stretchType="ContainerHeight" style="GridLabel">')
    out.append('\t\t\t\t<expression><![CDATA[$F{label}]]></expression>')
    out.append('\t\t\t</element>')
    for i in range(1, columns + 1):
        x = label_width + (i - 1) * col
        out.append(f'\t\t\t<element kind="textField" uuid="{uid(name + f"/c{i}")}" x="{x}" y="0" width="{col}" height="11" '
                   'textAdjust="StretchHeight" stretchType="ContainerHeight" hTextAlign="Right" style="GridCell">')
        out.append(f'\t\t\t\t<printWhenExpression><![CDATA[$P{{HEADERS}}.size() > {i}]]></printWhenExpression>')
        out.append(f'\t\t\t\t<expression><![CDATA[$F{{c{i}}}]]></expression>')
        out.append('\t\t\t</element>')
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
                 ("TABLE_MEDIUM", "net.sf.jasperreports.engine.JasperReport")]:
        o.append(f'\t<parameter name="{p}" class="{c}"/>')
    for f, c in [("kind", "java.lang.String"), ("text", "java.lang.String"),
                 ("rows", "net.sf.jasperreports.engine.JRDataSource"), ("headers", "java.util.List"),
                 ("layout", "java.lang.String"), ("image", "net.sf.jasperreports.renderers.Renderable")]:
        o.append(f'\t<field name="{f}" class="{c}"/>')
    o.append('\t<variable name="CURRENT_PAGE" resetType="Page" class="java.lang.Integer">')
    o.append('\t\t<expression><![CDATA[$V{PAGE_NUMBER}]]></expression>')
    o.append('\t</variable>')
    # Cover: on the first page only, below the page header.
    o.append('\t<title height="150">')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-title")}" x="0" y="30" width="{WIDTH}" height="30" '
             'textAdjust="StretchHeight" style="CoverTitle">')
    o.append('\t\t\t<expression><![CDATA[$P{REPORT_TITLE}]]></expression>')
    o.append('\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.h1" value="full"/>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-subtitle")}" positionType="Float" x="0" y="64" width="{WIDTH}" height="18" '
             'textAdjust="StretchHeight" style="CoverSubtitle">')
    o.append('\t\t\t<expression><![CDATA[$P{COVER_SUBTITLE}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-text")}" positionType="Float" x="0" y="88" width="{WIDTH}" height="14" '
             'textAdjust="StretchHeight" style="Body">')
    o.append('\t\t\t<expression><![CDATA[$P{COVER_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/cover-synthetic")}" positionType="Float" x="0" y="110" width="{WIDTH}" height="28" '
             'textAdjust="StretchHeight" style="CoverWarning">')
    o.append('\t\t\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
    o.append('\t\t\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="line" uuid="{uid(n + "/cover-line")}" positionType="Float" x="0" y="146" width="{WIDTH}" height="1"/>')
    o.append('\t</title>')
    # Page header: title and classification on every page, and the synthetic-data marking.
    o.append('\t<pageHeader height="30">')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/ph-title")}" x="0" y="0" width="380" height="12" style="PageHeader">')
    o.append('\t\t\t<expression><![CDATA[$P{COVER_SUBTITLE}]]></expression>')
    o.append('\t\t\t<property name="net.sf.jasperreports.export.pdf.tag.artifact" value="true"/>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/ph-class")}" x="380" y="0" width="155" height="12" hTextAlign="Right" style="Marking">')
    o.append('\t\t\t<expression><![CDATA[$P{CLASSIFICATION}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="textField" uuid="{uid(n + "/ph-synthetic")}" x="0" y="14" width="{WIDTH}" height="12" style="Banner">')
    o.append('\t\t\t<printWhenExpression><![CDATA[$P{SYNTHETIC}]]></printWhenExpression>')
    o.append('\t\t\t<expression><![CDATA[$P{SYNTHETIC_TEXT}]]></expression>')
    o.append('\t\t</element>')
    o.append(f'\t\t<element kind="line" uuid="{uid(n + "/ph-line")}" x="0" y="28" width="{WIDTH}" height="1"/>')
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
    band("TABLE", 24, [
        f'\t\t\t<element kind="subreport" uuid="{uid(n + "/table")}" x="0" y="4" width="{WIDTH}" height="16">',
        '\t\t\t\t<dataSourceExpression><![CDATA[$F{rows}]]></dataSourceExpression>',
        '\t\t\t\t<expression><![CDATA["wide".equals($F{layout}) ? $P{TABLE_WIDE} : "medium".equals($F{layout}) ? $P{TABLE_MEDIUM} : $P{TABLE_NARROW}]]></expression>',
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
    band("CHART", 250, [
        f'\t\t\t<element kind="image" uuid="{uid(n + "/chart")}" x="0" y="4" width="{WIDTH}" height="242" scaleImage="RetainShape" hImageAlign="Center" linkType="None">',
        '\t\t\t\t<expression><![CDATA[$F{image}]]></expression>',
        '\t\t\t\t<hyperlinkTooltipExpression><![CDATA[$F{text}]]></hyperlinkTooltipExpression>',
        '\t\t\t</element>'])
    band("SMALLCHART", 180, [
        f'\t\t\t<element kind="image" uuid="{uid(n + "/smallchart")}" x="0" y="4" width="{WIDTH}" height="172" scaleImage="RetainShape" hImageAlign="Center" linkType="None">',
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
write("trend-report.jrxml", frame("trend-report", "trend"))
write("compliance-report.jrxml", frame("compliance-report", "compliance"))
