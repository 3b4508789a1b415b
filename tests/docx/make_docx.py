#!/usr/bin/python3
"""Writes the .docx a Word-flavour text file was exported from: make_docx.py INPUT.txt OUTPUT.docx

The text is what Word's text export writes (the flavour of the Word seeds): a line per body
paragraph; a table row as one cell per line, each cell's first paragraph led by a TAB, its
further paragraphs on lines of their own, a blank line after the row. This script turns it
back into what Word had, so that budgetlint's DOCX reader can be checked against the text:
  - body lines become paragraphs, TAB-cell row groups rows of real tables (consecutive rows
    form one table; a row with fewer cells than the table spans its last cell over the rest);
  - an empty cell under an indicator name (一级/二级指标 columns) becomes a vMerge continuation;
  - "[bookmark: NAME]" becomes a real bookmark around nothing, "{ TC … }" a real TC field
    (begin / instrText / end), a TAB inside a line a w:tab.
Run it with /usr/bin/python3 (Debian's python3-docx). The output is byte-for-byte the same on
every run, so that a committed .docx changes only when its text does.
"""
import datetime
import io
import re
import sys
import zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

# Residue a Word-to-text conversion leaves: a bookmark marker, or a field instruction printed
# in braces (the field codes X102 knows). The braces show no result, so each becomes a field
# without one, as Word's TC and XE fields are.
RESIDUE = re.compile(r"\[bookmark: ([^\]]*)\]|\{( (?:TC|XE|TOC|PAGEREF|HYPERLINK|REF|SEQ|PAGE) [^}]*)\}")
TABLE_WIDTH_TWIPS = 8300


class Paragraphs:
    """Fills w:p elements with runs, bookmarks and fields; numbers the bookmarks."""

    def __init__(self):
        self.bookmarks = 0

    def fill(self, p, text):
        at = 0
        for m in RESIDUE.finditer(text):
            self.runs(p, text[at:m.start()])
            if m.group(1) is not None:
                self.bookmark(p, m.group(1))
            else:
                self.field(p, m.group(2))
            at = m.end()
        self.runs(p, text[at:])

    def runs(self, p, text):
        if not text:
            return
        r = OxmlElement("w:r")
        for i, piece in enumerate(text.split("\t")):
            if i > 0:
                r.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = piece
                r.append(t)
        p.append(r)

    def bookmark(self, p, name):
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.bookmarks))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.bookmarks))
        p.append(start)
        p.append(end)
        self.bookmarks += 1

    def field(self, p, instruction):
        for kind in ("begin", None, "end"):
            r = OxmlElement("w:r")
            if kind is None:
                t = OxmlElement("w:instrText")
                t.set(qn("xml:space"), "preserve")
                t.text = instruction
                r.append(t)
            else:
                c = OxmlElement("w:fldChar")
                c.set(qn("w:fldCharType"), kind)
                r.append(c)
            p.append(r)


def read_row(lines, i):
    """The row starting at TAB line i: (cells as lists of paragraphs, index after its blank line),
    or None when no blank line closes it (then it is no row Word's export could have written)."""
    cells = []
    while i < len(lines) and lines[i] != "":
        if lines[i].startswith("\t"):
            cells.append([lines[i][1:]])
        else:
            cells[-1].append(lines[i])
        i += 1
    return (cells, i + 1) if i < len(lines) else None


def cell_continuation(lines, i):
    """Where a cell's text goes on after its row's blank line: lines i.. up to the next TAB line,
    when the first of them is text and the TAB line follows a blank — further paragraphs of the
    last cell separated by empty ones (weixian's 用途 cells), which a table row cannot leave."""
    if i >= len(lines) or lines[i] == "" or lines[i].startswith("\t"):
        return None
    j = i
    while j < len(lines) and not lines[j].startswith("\t"):
        j += 1
    if j == len(lines) or lines[j - 1] != "":
        return None
    return j - 1  # the last blank closes the row


def row_completion(lines, i, cells, widest):
    """The rest of a short row after empty paragraphs of its last cell: (blank lines, next row)
    when lines i.. are blanks up to a TAB line whose row brings the cells up to the table's
    width (langfang's 12345 row, weixian's 具务政务服务功能 rows)."""
    j = i
    while j < len(lines) and lines[j] == "":
        j += 1
    if j == len(lines) or not lines[j].startswith("\t"):
        return None
    rest = read_row(lines, j)
    if rest is None or len(cells) + len(rest[0]) != widest:
        return None
    return j - i, rest


def trailing_blanks(lines, i, cells):
    """How many blank lines i.. are empty paragraphs at the end of the row's last cell: those
    before a row as wide as this one (weixian's 系统统计 rows); before a row of another shape they
    are empty paragraphs between two tables."""
    j = i
    while j < len(lines) and lines[j] == "":
        j += 1
    if j == i or j == len(lines) or not lines[j].startswith("\t"):
        return 0
    rest = read_row(lines, j)
    return j - i if rest is not None and len(rest[0]) == len(cells) else 0


def read_table(lines, i):
    """The rows of the table starting at line i and the index after it."""
    rows = []
    widest = 0
    while i < len(lines) and lines[i].startswith("\t"):
        row = read_row(lines, i)
        if row is None:
            break
        cells, i = row
        completion = row_completion(lines, i, cells, widest)
        while completion is not None:
            blanks, (more, i) = completion
            cells[-1].extend([""] * (blanks + 1))  # the row's blank line was one of them
            cells.extend(more)
            completion = row_completion(lines, i, cells, widest)
        blanks = trailing_blanks(lines, i, cells)
        cells[-1].extend([""] * blanks)
        i += blanks
        end = cell_continuation(lines, i)
        if end is not None:
            cells[-1].append("")  # the blank after the cell's text was an empty paragraph
            cells[-1].extend(lines[i:end])
            i = end + 1
        rows.append(cells)
        widest = max(widest, len(cells))
    return rows, i


def blocks(lines):
    """("p", text) and ("table", rows) in document order."""
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("\t"):
            rows, after = read_table(lines, i)
            if rows:
                out.append(("table", rows))
                i = after
                continue
        out.append(("p", lines[i]))
        i += 1
    return out


def is_indicator_table(rows):
    return any(len(c) == 1 and c[0].strip() in ("一级指标", "二级指标") for r in rows for c in r)


def merged_cells(rows):
    """(row, cell) of the empty 一级/二级指标 cells under a name: Word's vertical merges."""
    if not is_indicator_table(rows):
        return set()
    merged = set()
    for r in range(1, len(rows)):
        if len(rows[r]) != len(rows[r - 1]):
            continue
        for c in range(min(2, len(rows[r]))):
            above_named = rows[r - 1][c] != [""] or (r - 1, c) in merged
            if rows[r][c] == [""] and above_named:
                merged.add((r, c))
    return merged


def set_width(tc_pr, twips):
    w = OxmlElement("w:tcW")
    w.set(qn("w:w"), str(twips))
    w.set(qn("w:type"), "dxa")
    tc_pr.append(w)


def add_table(document, rows, paragraphs):
    columns = max(len(r) for r in rows)
    width = TABLE_WIDTH_TWIPS // columns
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    for col in table._tbl.tblGrid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), str(width))
    merged = merged_cells(rows)
    restarts = {(r - 1, c) for (r, c) in merged if (r - 1, c) not in merged}
    for r, cells in enumerate(rows):
        tr = table._tbl.add_tr()
        for c, text in enumerate(cells):
            tc = OxmlElement("w:tc")
            tc_pr = OxmlElement("w:tcPr")
            span = columns - c if c == len(cells) - 1 else 1
            set_width(tc_pr, width * span)
            if span > 1:
                g = OxmlElement("w:gridSpan")
                g.set(qn("w:val"), str(span))
                tc_pr.append(g)
            if (r, c) in merged or (r, c) in restarts:
                v = OxmlElement("w:vMerge")
                if (r, c) in restarts:
                    v.set(qn("w:val"), "restart")
                tc_pr.append(v)
            tc.append(tc_pr)
            for paragraph in text:
                p = OxmlElement("w:p")
                paragraphs.fill(p, paragraph)
                tc.append(p)
            tr.append(tc)


def build(text):
    lines = text.split("\n")  # a text ending in a newline ends in an empty paragraph
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    paragraphs = Paragraphs()
    for kind, content in blocks(lines):
        if kind == "p":
            paragraphs.fill(document.add_paragraph()._p, content)
        else:
            add_table(document, content, paragraphs)
    core = document.core_properties
    core.author = core.last_modified_by = "budgetlint tests/docx/make_docx.py"
    core.title = ""
    core.revision = 1
    core.created = core.modified = datetime.datetime(2025, 1, 1)
    return document


def deterministic(document):
    """The package with fixed entry dates, so that the same text gives the same bytes."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make_docx.py INPUT.txt OUTPUT.docx\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    data = deterministic(build(text))
    with open(argv[2], "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
