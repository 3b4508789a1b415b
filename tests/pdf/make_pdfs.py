#!/usr/bin/python3
"""Lays each clean sample of samples/ out as a real document in HTML and makes PDFs of it.

    /usr/bin/python3 tests/pdf/make_pdfs.py build/budgetlint          # HTML, then both PDFs of every sample
    /usr/bin/python3 tests/pdf/make_pdfs.py build/budgetlint --html     # only the HTML

Run from the top of the repository. For each sample, tests/pdf/<sample>/ gets
  document.html     title, headings and paragraphs as paragraphs (a paragraph that the text
                    flavour wraps over several lines is one paragraph again), every table as an HTML
                    table with its header rows (colspan/rowspan where the sample's table merges
                    cells), its body rows and its empty cells; amounts right-aligned
  libreoffice.pdf   soffice --headless --norestore --convert-to pdf document.html
  weasyprint.pdf    weasyprint document.html weasyprint.pdf

Where the text comes from:
- Word flavour (yunxi-*): the paragraph lines as they are, `[bookmark: …]` residue dropped; the
  TAB-led cells as table rows (a blank line ends a row, a line without TAB right after a cell
  goes on with that cell); a cell left empty under a merged cell becomes a rowspan/colspan again.
- OCR flavour (qingshi-*): the paragraph lines as they are, but for the OCR's LaTeX residue
  (“$75 \\leq$” is “75≤”); the TAB-separated rows as table rows, a 一级 group that the OCR put
  in the 二级 column one cell across both.
- pdftotext flavour (songling-*): the narrative's lines joined back into paragraphs (a line that
  fills the wrap width and does not end a sentence goes on in the next line); the nine
  statistical tables, the three 绩效目标表 and the fixed-asset table from `budgetlint parse` of
  the sample (checked against the sample by `check` and by the tests), as make_html.py in
  tests/tables/songling-nine does for the tables.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Styles are written inline: LibreOffice's HTML import reads a paragraph's one class, but no
# class of a table cell, no second class and no em unit.
SANS = "font-family:'Noto Sans CJK SC',sans-serif;"
PARAGRAPH = {
    "body": "text-indent:24pt;",
    "title": SANS + "font-size:18pt;font-weight:bold;text-align:center;",
    "subtitle": SANS + "font-size:14pt;font-weight:bold;text-align:center;",
    "heading": SANS + "font-weight:bold;",
    "caption": "font-weight:bold;text-align:center;",
    "right": "text-align:right;",
    "plain": "",
}
CELL = {
    None: "",
    "": "",
    "num": "text-align:right;",
    "head": "text-align:center;",
    "title": "text-align:center;font-weight:bold;",
    "plain": "",
}
STYLE = """
@page { size: A4; margin: 2cm 1.8cm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; }
p { margin: 3pt 0; line-height: 150%; text-align: justify; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
"""

AMOUNT = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?%?$")
HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+、|（[0-9]+）)")


class Cell:
    def __init__(self, text, colspan=1, rowspan=1, cls=None):
        self.text = text
        self.colspan = colspan
        self.rowspan = rowspan
        self.cls = cls if cls is not None else ("num" if AMOUNT.match(text.strip()) else None)
        self.width = None

    def html(self, font):
        attrs = f' width="{self.width}%"' if self.width else ""
        if self.colspan > 1:
            attrs += f' colspan="{self.colspan}"'
        if self.rowspan > 1:
            attrs += f' rowspan="{self.rowspan}"'
        if self.cls == "num":
            attrs += ' align="right"'
        elif self.cls in ("head", "title"):
            attrs += ' align="center"'
        style = CELL[self.cls] + f"font-size:{font};"
        if self.cls in ("title", "plain"):
            style += "border:none;"
        body = "<br>".join(html.escape(part) for part in self.text.split("\n"))
        return f'<td{attrs} style="{style}">{body}</td>'


def head(text, colspan=1, rowspan=1):
    return Cell(text, colspan, rowspan, "head")


def code(text):
    """A classification code: digits, but no amount."""
    return Cell(text, cls="")


class Document:
    """Blocks of one HTML document: paragraphs and tables, in order."""

    def __init__(self, title):
        self.title = title
        self.blocks = []

    def p(self, text, kind="body", new_page=False):
        style = PARAGRAPH[kind] + ("page-break-before:always;" if new_page else "")
        self.blocks.append(f'<p style="{style}">{html.escape(text)}</p>')

    def table(self, rows, widths=None, font="9.5pt"):
        out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%" '
               'style="border-collapse:collapse;width:100%">']
        if widths:
            # The widths go on the cells of a row without merged cells: LibreOffice lays a table
            # with merged header cells out in equal columns when it has <col> widths.
            plain = next((r for r in rows if len(r) == len(widths) and all(c.colspan == 1 for c in r)), None)
            for c, w in zip(plain or [], widths):
                c.width = w
        for r in rows:
            out.append("<tr>" + "".join(c.html(font) for c in r) + "</tr>")
        out.append("</table>")
        self.blocks.append("\n".join(out))

    def html(self):
        return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
                f"<title>{html.escape(self.title)}</title><style>{STYLE}</style></head><body>\n" +
                "\n".join(self.blocks) + "\n</body></html>\n")


def paragraph(doc, text):
    """A heading (一、 (一) 1、 第一部分) bold and unindented, any other line an indented paragraph."""
    if HEADING.match(text) and len(text) <= 40 and not text.endswith("。"):
        doc.p(text, "heading")
    else:
        doc.p(text)


# ---------------------------------------------------------------- the Word flavour


def word_blocks(lines):
    """('p', text) and ('row', [cells]) in order, from Word-export text."""
    blocks = []
    row = None
    for line in lines:
        if line.startswith("\t"):
            if row is None:
                row = []
            row.append(line[1:])
        elif line.strip() == "":
            if row is not None:
                blocks.append(("row", row))
                row = None
        elif row is not None:
            row[-1] += "\n" + line  # a cell of several lines: “1.…” / “2.…”
        else:
            blocks.append(("p", line))
    if row is not None:
        blocks.append(("row", row))
    return blocks


def group_tables(blocks):
    """Runs of rows into tables; a one-cell row after rows of several cells starts a new table."""
    out = []
    for kind, value in blocks:
        if kind == "p":
            out.append(("p", value))
            continue
        start_new = (not out or out[-1][0] != "table" or
                     (len(value) == 1 and len(out[-1][1][-1]) > 1))
        if start_new:
            out.append(("table", [value]))
        else:
            out[-1][1].append(value)
    return out


def text_cell(text):
    """A cell of words: an indicator value such as 100% is not an amount."""
    return Cell(text, cls="")


def merge_down(rows, columns, make=Cell):
    """Cells of `columns` left empty under a filled cell become one cell with a rowspan."""
    grid = [[make(t) for t in r] for r in rows]
    for c in columns:
        owner = None
        for i in range(len(grid)):
            if c >= len(grid[i]):
                owner = None
                continue
            if grid[i][c].text == "" and owner is not None:
                owner.rowspan += 1
                grid[i][c] = None
            else:
                owner = grid[i][c] if grid[i][c].text != "" else None
    return [[c for c in r if c is not None] for r in grid]


def indicator_table(rows):
    """A 绩效目标表: the 绩效目标 row across the table, the header, 一级指标 merged down."""
    width = max(len(r) for r in rows)
    header = next(i for i, r in enumerate(rows) if r and r[0] == "一级指标")
    out = []
    for r in rows[:header]:
        cells = [head(r[0])] + [Cell(t) for t in r[1:]]
        cells[-1].colspan = width - len(r) + 1
        out.append(cells)
    out.append([head(t) for t in rows[header]])
    out += merge_down(rows[header + 1:], [0], text_cell)
    return out, [11, 14, 18, 23, 11, 23]


def assets_table(rows):
    """部门固定资产占用情况表: title and header lines across the table, then 项目 | 数量 | 价值."""
    width = max(len(r) for r in rows)
    out = []
    for r in rows:
        if len(r) == 1:
            out.append([Cell(r[0], width, cls="title" if r[0].endswith("表") else "plain")])
        elif r[0] == "项目":
            out.append([head(t) for t in r])
        else:
            out.append([Cell(r[0]), Cell(r[1], cls="head" if r[1] == "——" else None), Cell(r[2])])
    return out, [50, 20, 30]


def plain_table(rows):
    """Header row, body rows; one-cell rows (titles, 单位) across the table."""
    width = max(len(r) for r in rows)
    out = []
    header_done = False
    for r in rows:
        if len(r) == 1 and width > 1:
            cls = "title" if r[0].endswith(("表", "清单")) else "plain"
            out.append([Cell(r[0], width, cls=cls)])
        elif not header_done:
            out.append([head(t) for t in r])
            header_done = True
        else:
            out.append([Cell(t) for t in r])
    return out, None


def score_table(rows, ocr=False):
    """部门整体支出绩效自评表: the 预算执行情况 lines, the header, 一级/二级 merged down, 合计."""
    width = 7
    out = []
    i = 0
    while len(rows[i]) == 1:  # title, 填报单位, 单位 lines
        out.append([Cell(rows[i][0], width, cls="title" if rows[i][0].endswith("表") else "plain")])
        i += 1
    # “ | | 预算安排情况（调整后） | | 资金执行情况 | | 预算执行率”
    out.append([head(rows[i][0] or rows[i][1], 2), head(rows[i][2], 2), head(rows[i][4], 2), head(rows[i][6])])
    i += 1
    r = rows[i]  # “一、预算执行情况 | | 预算数： | 830.20 | 执行数： | 798.50 | 96.18%”
    out.append([head(r[0] or r[1], 2), Cell(r[2], cls="head"), Cell(r[3]), Cell(r[4], cls="head"), Cell(r[5]), Cell(r[6])])
    i += 1
    out.append([head(t) for t in rows[i][:width]])  # 一级指标 … 自评得分
    i += 1
    body = []
    while rows[i][0] != "合计":
        body.append(rows[i][:width])
        i += 1
    if ocr:
        # The OCR rows put a 一级 group that has no 二级 one in the 二级 column, after an empty
        # cell: in the table it is one cell across both columns.
        for r in body:
            cells = []
            if r[0] == "" and r[1] != "":
                cells.append(Cell(r[1], 2))
                cells += [Cell(t) for t in r[2:]]
            else:
                cells = [Cell(t) for t in r]
            out.append(cells)
    else:
        out += merge_down(body, [0, 1])
    r = rows[i]  # 合计 | | | | | 100 | 94.5
    out.append([head(r[0], 5), Cell(r[5]), Cell(r[6])])
    i += 1
    for r in rows[i:]:  # 三、绩效目标执行出现的偏差和采取的措施 | the text
        cells = [t for t in r if t != ""]
        out.append([head(cells[0], 2), Cell(cells[1] if len(cells) > 1 else "", width - 2)])
    return out, [9, 11, 12, 20, 28, 8, 12]


def layout_table(doc, rows):
    cells = [c for r in rows for c in r]
    if "一级指标" in cells and "自评得分" in cells:
        out, widths = score_table(rows)
    elif "一级指标" in cells:
        out, widths = indicator_table(rows)
    elif any(c.startswith("价值") for c in cells):
        out, widths = assets_table(rows)
    else:
        out, widths = plain_table(rows)
    doc.table(out, widths)


def make_word(name, lines, title_lines, signature=()):
    doc = Document(" ".join(lines[:title_lines]))
    for t in lines[:title_lines]:
        doc.p(t, "title")
    for kind, value in group_tables(word_blocks(lines[title_lines:])):
        if kind == "table":
            layout_table(doc, value)
            continue
        text = re.sub(r"\[bookmark: [^\]]*\]", "", value).strip()
        if not text:
            continue
        if text in signature:
            doc.p(text, "right")
        elif (text.endswith("情况") and "：" not in text and not HEADING.match(text)) or text.endswith("绩效目标表"):
            doc.p(text, "caption")  # 部门机构设置情况, 1.…绩效目标表: the caption of the table below
        else:
            paragraph(doc, text)
    return doc


# ---------------------------------------------------------------- the OCR flavour


def make_ocr(name, lines, signature):
    """Paragraph lines as paragraphs; the captions over a table (…自评表, 填报单位, 单位) as
    paragraphs too; a run of TAB-separated lines as one table."""
    lines = [l.rstrip("\n") for l in lines if l.strip()]
    doc = Document(lines[0].strip())
    doc.p(lines[0].strip(), "title")
    i = 1
    while i < len(lines):
        if "\t" not in lines[i]:
            text = lines[i].strip()
            i += 1
            if text in signature:
                doc.p(text, "right")
            elif text.endswith(("自评表", "项目清单")):
                doc.p(text, "caption")
            elif text.startswith("填报单位"):
                doc.p(text, "plain")
            elif text.startswith("单位："):
                doc.p(text, "right")
            else:
                # the OCR's LaTeX residue (“$75 \\leq$ 得分”) is the “75≤得分” of the report
                paragraph(doc, re.sub(r"\$\s*([0-9.]+)\s*\\leq\s*\$\s*", r"\1≤", text))
            continue
        rows = []
        while i < len(lines) and "\t" in lines[i]:
            cells = lines[i].split("\t")
            if cells[-1] == "":
                cells.pop()  # every row ends in a TAB
            rows.append(cells)
            i += 1
        flat = [c for r in rows for c in r]
        if "一级指标" in flat and "自评得分" in flat:
            out, widths = score_table(rows, ocr=True)
        else:
            out, widths = plain_table(rows)
        doc.table(out, widths)
    return doc


# ---------------------------------------------------------------- the pdftotext flavour


def is_cjk(c):
    return unicodedata.east_asian_width(c) in "WF"


def zh(s):
    """Text from the model (NFKC: half-width punctuation) back in the full-width punctuation of
    Chinese text."""
    if not any(is_cjk(c) for c in s):
        return s
    return s.translate(str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"}))


def unspaced(s):
    """Without the spaces pdftotext puts between Chinese and figures (“收入 640.25万元”)."""
    def dropped(k):
        return (s[k] == " " and 0 < k < len(s) - 1 and s[k - 1] != " " and s[k + 1] != " " and
                is_cjk(s[k - 1]) != is_cjk(s[k + 1]))
    return "".join(ch for k, ch in enumerate(s) if not dropped(k))


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def joined_paragraphs(lines):
    """pdftotext lines back into paragraphs: a line that fills the wrap width (here 70 columns
    or more) and does not end a sentence goes on in the next non-blank line."""
    out = []
    carry = None
    for line in lines:
        text = line.strip()
        if not text:
            continue
        carry = text if carry is None else carry + text
        if width(line) >= 70 and not carry.endswith(("。", "：", "；")):
            continue
        out.append(unspaced(carry))
        carry = None
    if carry:
        out.append(unspaced(carry))
    return out


TWO_SIDED_RIGHT = {
    "summary": ["预算数"],
    "fiscal_summary": ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
}
EMPTY_NOTE = {
    "government_fund": "注：无政府性基金预算财政拨款预算，空表列示。",
    "state_capital": "注：无国有资本经营预算财政拨款预算，空表列示。",
}
# The groups over the amount columns, as the sample's headers print them.
GROUPS = {
    "income": [("合计", ["合计"]),
               ("本年收入", ["小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入",
                            "附属单位上缴收入", "其他收入"]),
               ("上年结转", ["上年结转"])],
    "basic_expenditure": [("一般公共预算基本支出", ["合计", "人员经费", "公用经费"])],
    "three_public": [("资金性质", None)],
}
CODE_GROUP = {"basic_expenditure": "支出部门经济分类科目"}


def stat_header(t):
    """The header rows of a one-sided table: 序号, the 科目 group, the amount columns under
    their groups, then the 栏次 line."""
    kind = t["kind"]
    columns = t["columns"]
    labelled = kind == "three_public"
    groups = GROUPS.get(kind)
    two_levels = groups is not None or not labelled
    rs = 2 if two_levels else 1
    top = [head("序号", 1, rs)]
    low = []
    if labelled:
        top.append(head("项目", 1, rs))
    else:
        top.append(head(CODE_GROUP.get(kind, "功能分类科目"), 2))
        low += [head("科目编码"), head("科目名称")]
    if groups is None:
        top += [head(c, 1, rs) for c in columns]
    else:
        for name, members in groups:
            members = members if members is not None else columns
            if members == [name]:
                top.append(head(name, 1, 2))
            else:
                top.append(head(name, len(members)))
                low += [head(m) for m in members]
    count = (1 if labelled else 2) + len(columns)
    rows = [top] + ([low] if low else [])
    rows.append([head("栏次")] + [head(str(i)) for i in range(1, count + 1)])
    return rows


def stat_widths(t):
    """Percent widths: the names wide, the amounts narrow, as the published tables are set."""
    if t["kind"] in TWO_SIDED_RIGHT:
        right = len(TWO_SIDED_RIGHT[t["kind"]])
        fixed = [5, 24, 10, 24]
    elif t["kind"] == "three_public":
        right = len(t["columns"])
        fixed = [5, 35]
    else:
        right = len(t["columns"])
        fixed = [5, 9, 24 if right <= 6 else 18]
    rest = 100 - sum(fixed)
    return fixed + [rest // right] * right  # whole percents: LibreOffice ignores “9.2%”


def one_sided(t):
    columns = t["columns"]
    labelled = t["kind"] == "three_public"
    rows = stat_header(t)
    for r in t["rows"]:
        by_column = {c: a["raw"] for c, a in zip(r["columns"], r["amounts"])}
        row = [Cell(str(r["seq"]), cls="head")]
        row += [Cell(zh(r["name"]))] if labelled else [code(r["code"]), Cell(zh(r["name"]))]
        rows.append(row + [Cell(by_column.get(c, ""), cls="num") for c in columns])
    return rows


def two_sided(t):
    right = TWO_SIDED_RIGHT[t["kind"]]
    amount = "预算数" if t["kind"] == "summary" else "金额"
    rows = [[head("序号", 1, 2), head("收入", 2), head("支出", 1 + len(right))],
            [head("项目"), head(amount), head("项目")] + [head(c) for c in right],
            [head("栏次")] + [head(str(i)) for i in range(1, 4 + len(right))]]
    for r in t["rows"]:
        left = [a["raw"] for a in r["amounts"]]
        rights = [a["raw"] for a in r["right_amounts"]]
        rows.append([Cell(str(r["seq"]), cls="head"), Cell(zh(r["name"])), Cell(left[0] if left else "", cls="num"),
                     Cell(zh(r["right_name"]))] +
                    [Cell(rights[i] if i < len(rights) else "", cls="num") for i in range(len(right))])
    return rows


def project_table(p):
    """A 绩效目标表 of the songling sample (7 columns)."""
    def raw(a):
        return a["raw"] if a else ""
    plan = p["spending_plan"]["points"]
    rows = [
        [head("项目编码"), Cell(p["code"] or "", 2), head("项目名称"), Cell(p["name"], 3)],
        [head("预算规模及资金用途", 1, 2), head("预算数"), Cell(raw(p["budget"]), cls="num"),
         head("其中：财政资金"), Cell(raw(p["fiscal"]), cls="num"), head("其他资金"), Cell(raw(p["other"]), cls="num")],
        [Cell(zh(p["purpose"]), 6)],
        [head("资金支出计划（%）", 1, 2), head("3月底"), head("6月底"), head("10月底", 2), head("12月底", 2)],
        [Cell(plan[0]["raw"], cls="num"), Cell(plan[1]["raw"], cls="num"), Cell(plan[2]["raw"], 2, cls="num"),
         Cell(plan[3]["raw"], 2, cls="num")],
        [head("绩效目标"), Cell("\n".join(zh(g["text"]) for g in p["goals"]), 6)],
        [head("一级指标"), head("二级指标"), head("三级指标"), head("绩效指标描述", 2), head("指标值"),
         head("指标值确定依据")],
    ]
    indicators = p["indicators"]
    i = 0
    while i < len(indicators):
        level1 = indicators[i]["level1"]
        n = 1
        while i + n < len(indicators) and indicators[i + n]["level1"] == level1:
            n += 1
        for k in range(n):
            ind = indicators[i + k]
            row = [head(level1, 1, n)] if k == 0 else []
            row += [Cell(ind["level2"]), Cell(zh(ind["level3"])), Cell(zh(ind["description"]), 2),
                    text_cell(ind["value"]["raw"]), Cell(zh(ind["basis"]))]
            rows.append(row)
        i += n
    return rows


def narrative_parts(lines):
    """The narrative's lines in runs: ('text', lines) between the tables, and ('units', lines),
    ('project', lines), ('assets', lines) where a table stands."""
    parts = []
    kind = "text"
    run = []
    for line in lines:
        text = line.strip()
        starts = None
        if text == "单位名称 单位性质 单位规格 经费保障形式":
            starts = "units"
        elif text.endswith("绩效目标表"):
            starts = "project"
        elif text == "部门固定资产占用情况表":
            starts = "assets"
        elif kind != "text" and HEADING.match(text) and not text.startswith(("1、", "2、", "3、", "4、")):
            starts = "text"  # 二、… / 七、… / 九、… after a table
        if starts:
            parts.append((kind, run))
            kind, run = starts, []
        run.append(line)
    parts.append((kind, run))
    return [(k, r) for k, r in parts if any(l.strip() for l in r)]


def make_songling(name, lines, model):
    dept = model["department"]
    doc = Document(f"{dept}2025年部门预算")
    # The nine statistical tables, one to a page, as in the sample.
    for n, t in enumerate(model["tables"]):
        doc.p(zh(t["title"]), "title", new_page=n > 0)
        doc.p(f"888 {dept}　　预算年度：2025　　单位：万元", "plain")
        rows = two_sided(t) if t["kind"] in TWO_SIDED_RIGHT else one_sided(t)
        doc.table(rows, stat_widths(t), font="8pt" if len(t["columns"]) > 6 else "9.5pt")
        if t["kind"] in EMPTY_NOTE:
            doc.p(EMPTY_NOTE[t["kind"]], "plain")
    # The narrative, from 第一部分 on.
    start = next(i for i, l in enumerate(lines) if l.startswith("第一部分"))
    projects = iter(model["projects"])
    first = True
    for kind, run in narrative_parts(lines[start:]):
        if kind == "units":
            cells = [l.strip().split(" ") for l in run if l.strip()]
            doc.table([[head(c) for c in cells[0]]] + [[Cell(c) for c in r] for r in cells[1:]])
        elif kind == "project":
            doc.p(unspaced(run[0].strip()), "caption")
            doc.p("单位：万元", "right")
            doc.table(project_table(next(projects)), [12, 12, 14, 16, 12, 14, 20])
        elif kind == "assets":
            fa = model["fixed_assets"]
            doc.p(run[0].strip(), "caption")
            doc.p(f"888 {dept}　　截止时间：2024-12-31", "plain")
            rows = [[head("项目"), head("数量"), head("价值（金额单位：万元）")],
                    [Cell("资产总额"), Cell(""), Cell(fa["table_total"]["raw"], cls="num")]]
            for item in fa["table_items"]:
                rows.append([Cell(zh(item["name"])), Cell(item["quantity"] or "", cls="num"),
                             Cell(item["value"]["raw"] if item["value"] else "", cls="num")])
            doc.table(rows, [50, 20, 30])
        else:
            for text in joined_paragraphs(run):
                if first:
                    doc.p(text, "subtitle", new_page=True)  # 第一部分 …
                    first = False
                elif text.endswith("年部门预算信息公开情况说明"):
                    doc.p(text, "title")
                else:
                    paragraph(doc, text)
    return doc


# ---------------------------------------------------------------- main

SAMPLES = [
    ("yunxi-fgj-2025-budget", "samples/word/yunxi-fgj-2025-budget.txt"),
    ("yunxi-fgj-2024-selfeval", "samples/word/yunxi-fgj-2024-selfeval.txt"),
    ("songling-czj-2025-budget", "samples/pdf/songling-czj-2025-budget.txt"),
    ("qingshi-zrj-2024-selfeval", "samples/ocr/qingshi-zrj-2024-selfeval.txt"),
]


def parse_model(tool, path):
    return json.loads(subprocess.run([tool, "parse", path, "--format", "json"], check=True,
                                     capture_output=True, text=True).stdout)


def make_html(tool, name, path):
    lines = open(os.path.join(ROOT, path), encoding="utf-8").read().split("\n")
    if name == "yunxi-fgj-2025-budget":
        doc = make_word(name, lines, 2)
    elif name == "yunxi-fgj-2024-selfeval":
        doc = make_word(name, lines, 1, {"云溪县发展和改革局", "2025年4月10日"})
    elif name == "songling-czj-2025-budget":
        doc = make_songling(name, lines, parse_model(tool, os.path.join(ROOT, path)))
    else:
        doc = make_ocr(name, lines, {"青石市自然资源和规划局", "2025年4月18日"})
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "document.html"), "w", encoding="utf-8") as f:
        f.write(doc.html())


def libreoffice(folder):
    # One file at a time, with a profile of its own (LibreOffice hung once on a big document).
    # Opened in Writer ("HTML (StarWriter)"), not Writer/Web: Writer/Web's PDF export puts a
    # blank page first, and drops the document's first paragraph.
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", profile,
                        os.path.join(folder, "document.html")],
                       check=True, timeout=300, capture_output=True)
        shutil.move(os.path.join(profile, "document.pdf"), os.path.join(folder, "libreoffice.pdf"))


def weasyprint(folder):
    subprocess.run(["weasyprint", os.path.join(folder, "document.html"), os.path.join(folder, "weasyprint.pdf")],
                   check=True, timeout=1800, capture_output=True)


def main():
    tool = os.path.abspath(sys.argv[1])
    only_html = "--html" in sys.argv[2:]
    for name, path in SAMPLES:
        make_html(tool, name, path)
        if only_html:
            continue
        folder = os.path.join(HERE, name)
        libreoffice(folder)
        weasyprint(folder)
        print(name, "done")


if __name__ == "__main__":
    main()
