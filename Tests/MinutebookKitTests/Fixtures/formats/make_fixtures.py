#!/usr/bin/env python3
"""Makes the format fixtures: the five bundled documents (corpus/*.txt) as a ModernGov-like web page, a PDF and
a Word (.docx) and OpenDocument (.odt) file, plus small files of formats minutebook refuses.

NOT needed to run the tests: its output is committed beside it. Run it again only to change the fixtures:

    python3 -m venv /tmp/fixenv && /tmp/fixenv/bin/pip install reportlab python-docx pyphen odfpy
    /tmp/fixenv/bin/python Tests/MinutebookKitTests/Fixtures/formats/make_fixtures.py

Each text file is read into blocks the way minutebook's text parser sees them (bold headings, paragraphs of
soft-wrapped lines, bullets with their nesting, tab-separated tables), and each block is written in the format's
own terms (<h2>, <p>, <ul><li>, <table>; a PDF's heading font, bullets and table grid; Word's heading, list and
table styles). Around the content each format gets the noise a reader must leave out: a web page's scripts,
styles, navigation, cookie banner, "Share this item" and "pdf icon PDF 238 KB" links; a PDF's running header,
footer and page numbers, a paragraph broken over a page, hyphenated line ends and one two-column page.
"""
import glob
import html
import os
import re
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
GLYPHS = set("•·▪◦○●‣⁃■□➢►\uf0b7\uf0a7-*–—o")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Where each document "came from": how its web page says its own address.
ADDRESSES = {
    "000": ("canonical", "https://democracy.example.gov.uk/mgAi.aspx?ID=5301"),
    "001": ("og:url", "https://democracy.example.gov.uk/mgAi.aspx?ID=4150"),
    "002": ("link", "https://democracy.example.gov.uk/mgAi.aspx?ID=4025"),
    "003": ("saved", "https://democracy.example.gov.uk/documents/s9876/PCC%20Progress%20Report.pdf"),
    "004": (None, None),
}


def indent_of(raw):
    n = 0
    for ch in raw:
        if ch in " \t\u00a0":
            n += 1
        else:
            break
    return n


def is_colon_heading(text):
    return (text.endswith(":") or text.endswith(":-")) and text[:1].isupper() and len(text) <= 60 and len(text.split()) <= 6


def read_blocks(text):
    """The text as blocks: ('heading', [lines]), ('para', [lines]), ('bullet', text, depth), ('table', [[cells]]),
    ('indented', text): an indented paragraph after a bullet, which the text parser reads as part of that bullet."""
    lines = [l.replace("\u00a0", " ").rstrip(" ") for l in text.split("\n")]
    blocks = []
    i = 0
    open_kind = None  # what the last block was, while no blank line followed it
    can_continue = False  # an explicit bullet came last, with only blank lines or bare links after it

    def classify(raw):
        body = raw.lstrip(" \t")
        ind = len(raw) - len(body)
        if not body:
            return ("blank",)
        if "\t" in body:
            cells = [c.strip() for c in body.split("\t")]
            if len(cells) >= 2 and cells[0]:
                return ("row", cells)
        if len(body) > 2 and body[0] in GLYPHS and body[1] in " \t":
            rest = body[1:].lstrip(" \t")
            if body[0] != "o" or rest[:1].isupper() or rest[:1].isdigit():
                depth = 1 if ind >= 1 and body[0] in "-o◦" else 0
                return ("bullet", rest, depth)
        if ind >= 4:
            return ("lost", body)
        return ("text", body)

    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        if stripped.startswith("**"):
            heading = []
            while i < len(lines):
                part = lines[i].strip()
                heading.append(part.replace("**", "").strip())
                i += 1
                if part.endswith("**") and (len(heading) > 1 or part.count("**") >= 2):
                    break
            blocks.append(("heading", [h for h in heading if h]))
            open_kind = None
            can_continue = False
            continue
        shape = classify(raw)
        nxt = classify(lines[i + 1]) if i + 1 < len(lines) else ("blank",)
        i += 1
        kind = shape[0]
        if kind == "blank":
            open_kind = None
            continue
        if kind == "row":
            can_continue = False
            if open_kind == "table":
                blocks[-1][1].append(shape[1])
            else:
                blocks.append(("table", [shape[1]]))
            open_kind = "table"
            continue
        if kind == "bullet":
            blocks.append(("bullet", shape[1], shape[2]))
            open_kind = "bullet"
            can_continue = True
            continue
        if kind == "lost":
            if open_kind == "bullet":
                blocks[-1] = ("bullet", blocks[-1][1] + " " + shape[1], blocks[-1][2])
            elif can_continue:
                blocks.append(("indented", shape[1]))
            else:
                blocks.append(("bullet", shape[1], 0))
                open_kind = "bullet"
            continue
        text = shape[1]
        if re.match(r"^(https?://|www\.)\S+$", text) and open_kind is None:
            blocks.append(("para", [text]))
            continue
        can_continue = False
        if open_kind in ("bullet", "para") and not (is_colon_heading(text) and nxt[0] in ("bullet", "row")):
            if open_kind == "bullet":
                blocks[-1] = ("bullet", blocks[-1][1] + " " + text, blocks[-1][2])
            else:
                blocks[-1][1].append(text)
            continue
        blocks.append(("para", [text]))
        open_kind = "para"
    return blocks


# ---------------------------------------------------------------- HTML

def html_page(key, blocks):
    kind, address = ADDRESSES[key]
    e = html.escape
    head = ['<!DOCTYPE html>']
    if kind == "saved":
        head.append(f"<!-- saved from url=({len(address):04d}){address} -->")
    head.append('<html lang="en"><head><meta charset="utf-8">')
    head.append("<title>Thames Valley Police and Crime Panel - Agenda item</title>")
    if kind == "canonical":
        head.append(f'<link rel="canonical" href="{address}">')
    if kind == "og:url":
        head.append(f'<meta property="og:url" content="{address}">')
    head.append('<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">')
    head.append("<style>body { font-family: Arial; } .mgContent p { margin: 0 0 1em; } #cookieBanner { position: fixed; }</style>")
    head.append('<script>var mgPageTitle = "Agenda item"; function showDetails() { document.write("Minutes: hidden"); }</script>')
    head.append("</head><body>")
    body = [
        '<div id="cookieBanner" class="cookie-banner"><p>We use cookies to make this website work. '
        'The Police and Crime Panel minutes are not affected.</p><button>Accept cookies</button><button>Reject cookies</button></div>',
        '<a class="skip-link" href="#modgov">Skip to main content</a>',
        '<header class="site-header"><div class="logo">Example Council</div>'
        '<nav class="mainnav"><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>'
        '<li><a href="mgCalendarMonthView.aspx">Meetings calendar</a></li><li><a href="mgMemberIndex.aspx">Councillors</a></li></ul></nav></header>',
        '<div class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx">Committees</a></li>'
        '<li>Police and Crime Panel</li></ul></div>',
        '<div id="modgov"><div class="mgContent">',
        '<div class="mgShareLinks"><a href="#" class="mgShareLink">Share this item</a></div>',
    ]
    if kind == "link":
        body.append(f'<p class="mgPrintLink" style="display:none"><a href="{address}&amp;LLL=0">Printable page</a></p>')
    out = []
    first = True
    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind_ = block[0]
        if first:
            first = False
            if kind_ == "para" and len(block[1]) == 1 and block[1][0].lower() in ("agenda item", "meeting documents"):
                out.append(f'<h1 class="mgMainTitleTxt">{e(block[1][0])}</h1>')
                index += 1
                continue
        if kind_ == "heading":
            out.append("<h2>" + "<br>".join(e(l) for l in block[1]) + "</h2>")
        elif kind_ == "para":
            if block[1] == ["Minutes:"]:
                out.append('<h2 class="mgSubSubTitleTxt">Minutes:</h2>')
            elif re.match(r"^(https?://|www\.)\S+$", " ".join(block[1])):
                url = block[1][0]
                out.append(f'<p class="MsoNormal"><a href="{html.escape(url)}">{html.escape(url)}</a></p>')
            else:
                out.append('<p class="MsoNormal">' + "<br>\n".join(inline_bold(l) for l in block[1]) + "</p>")
        elif kind_ == "indented":
            out.append('<p class="MsoNormal" style="margin-left:36.0pt">' + inline_bold(block[1]) + "</p>")
        elif kind_ == "bullet":
            items = []
            while index < len(blocks) and blocks[index][0] == "bullet":
                items.append(blocks[index])
                index += 1
            out.append(html_list(items))
            continue
        elif kind_ == "table":
            rows = block[1]
            t = ['<table class="mgStatsTable" border="1"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for row in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
        index += 1
    body += out
    body += [
        '<h2 class="mgSubSubTitleTxt">Supporting documents:</h2>',
        '<ul class="mgActionList"><li><a href="documents/s12345/Report.pdf" class="noborder" title="Link to document">'
        '<img src="mgimages/logo-pdf.gif" alt="pdf icon" class="noborder"> Report <span class="mgFileSize">PDF 238 KB</span></a></li>'
        '<li><a href="documents/s12346/Appendix.pdf"><img src="mgimages/logo-pdf.gif" alt="pdf icon"> Appendix '
        '<span class="mgFileSize">PDF 1 MB</span></a></li></ul>',
        '<p><a href="documents/s12345/Report.pdf">pdf icon PDF 238 KB</a></p>',
        '<script>document.querySelectorAll(".mgShareLink").forEach(function (a) { a.textContent = "Share this item"; });</script>',
        "</div></div>",
        '<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>'
        "<p>© Example Council 2020. The Police and Crime Panel is a joint committee.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(head + body) + "\n"


def inline_bold(line):
    parts = line.split("**")
    out = []
    for n, part in enumerate(parts):
        out.append(f"<strong>{html.escape(part)}</strong>" if n % 2 == 1 and part else html.escape(part))
    return "".join(out)


def html_list(items):
    out = ['<ul class="mgBulletList">']
    depth = 0
    for _, text, d in items:
        while depth < d:
            out.append("<ul>")
            depth += 1
        while depth > d:
            out.append("</ul></li>")
            depth -= 1
        out.append("<li>" + inline_bold(text))
        out.append("</li>" if True else "")
    while depth > 0:
        out.append("</ul>")
        depth -= 1
    out.append("</ul>")
    # Nested lists belong inside the item before them.
    joined = "".join(out)
    joined = joined.replace("</li><ul>", "<ul>")
    return joined


# ---------------------------------------------------------------- PDF

def pdf_file(key, blocks, path):
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Table, TableStyle, CondPageBreak)

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13, spaceAfter=7, alignment=TA_LEFT,
                          hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
    heading = ParagraphStyle("heading", parent=body, fontName="DejaVu-Bold", fontSize=13, leading=16, spaceBefore=6, spaceAfter=8,
                             hyphenationLang="")
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, bulletFontName="DejaVu", spaceAfter=5)
    nested = ParagraphStyle("nested", parent=bullet, leftIndent=36, bulletIndent=24)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0, hyphenationLang="")
    indented = ParagraphStyle("indented", parent=body, leftIndent=18)
    link = ParagraphStyle("link", parent=body, fontSize=8, leading=10, hyphenationLang="", wordWrap="CJK")

    width, height = A4
    margin = 20 * mm

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(margin, height - 12 * mm, "Thames Valley Police and Crime Panel")
        canvas.drawRightString(width - margin, height - 12 * mm, "Public document pack")
        canvas.drawString(margin, 10 * mm, "Printed from the council's committee system")
        canvas.drawRightString(width - margin, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    one = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="one")
    gap = 8 * mm
    column = (width - 2 * margin - gap) / 2
    left = Frame(margin, margin, column, height - 2 * margin, id="left")
    right = Frame(margin + column + gap, margin, column, height - 2 * margin, id="right")
    doc = BaseDocTemplate(path, pagesize=A4, title=f"Minutes {key}", author="Democratic Services",
                          pageTemplates=[PageTemplate("one", [one], onPage=decorate), PageTemplate("two", [left, right], onPage=decorate)])
    doc._invariant = 1  # the same bytes every run
    flow = []
    two_column_at = {"001": "During discussion", "004": "Police Efficiency Report"}.get(key)
    e = html.escape
    for index, block in enumerate(blocks):
        kind = block[0]
        if kind == "heading":
            flow.append(CondPageBreak(40))
            flow.append(Paragraph("<br/>".join(e(l) for l in block[1]), heading))
        elif kind == "para":
            text = " ".join(block[1])
            if two_column_at and text.startswith(two_column_at):
                flow += [NextPageTemplate("two"), PageBreak(), NextPageTemplate("one")]
            if block[1] == ["Minutes:"] or (index == 0 and text.lower() in ("agenda item", "meeting documents")):
                flow.append(Paragraph(e(text), heading))
            elif re.match(r"^(https?://|www\.)\S+$", text):
                flow.append(Paragraph(e(text), link))
                continue
            else:
                flow.append(Paragraph("<br/>".join(pdf_inline(l) for l in block[1]), body))
        elif kind == "indented":
            flow.append(Paragraph(pdf_inline(block[1]), indented))
        elif kind == "bullet":
            style = nested if block[2] else bullet
            flow.append(Paragraph(pdf_inline(block[1]), style, bulletText="◦" if block[2] else "•"))
        elif kind == "table":
            rows = [[Paragraph(e(c), cell) for c in row] for row in block[1]]
            columns = len(block[1][0])
            widths = [(width - 2 * margin) * (0.5 if columns == 3 else 1 / columns)] + [(width - 2 * margin) * 0.25] * (columns - 1) \
                if columns == 3 else None
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(table)
            flow.append(Paragraph("", body))
    doc.build(flow)


def pdf_inline(line):
    # A hyphen inside a word is written as a non-breaking hyphen: reportlab's hyphenation drops a word's own
    # hyphen when it breaks the word elsewhere ("honour-based" came out as "hon-" "ourbased").
    line = re.sub(r"(?<=\w)-(?=\w)", "\u2011", line)
    parts = line.split("**")
    return "".join(f"<b>{html.escape(p)}</b>" if n % 2 == 1 and p else html.escape(p) for n, p in enumerate(parts))


# ---------------------------------------------------------------- Word

def docx_file(blocks, path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = "Democratic Services"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Thames Valley Police and Crime Panel"
    section.footer.paragraphs[0].text = "Page 1"
    for index, block in enumerate(blocks):
        kind = block[0]
        if kind == "heading":
            h = document.add_heading(level=1 if index == 0 else 2)
            for n, line in enumerate(block[1]):
                run = h.add_run(line)
                if n < len(block[1]) - 1:
                    run.add_break()
        elif kind == "para":
            if index == 0 and block[1][0].lower() in ("agenda item", "meeting documents"):
                document.add_heading(block[1][0], level=1)
                continue
            p = document.add_paragraph()
            for n, line in enumerate(block[1]):
                for m, part in enumerate(line.split("**")):
                    if part:
                        p.add_run(part).bold = m % 2 == 1
                if n < len(block[1]) - 1:
                    p.runs[-1].add_break()
        elif kind == "indented":
            p = document.add_paragraph(block[1].replace("**", ""))
            p.paragraph_format.left_indent = docx.shared.Cm(1.27)
        elif kind == "bullet":
            document.add_paragraph(block[1].replace("**", ""), style="List Bullet 2" if block[2] else "List Bullet")
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    for p in document.paragraphs:
        for run in p.runs:
            run.font.size = Pt(11)
    document.save(path)
    normalise_zip(path)


def odt_file(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ListLevelProperties
    from odf.text import H, P, List, ListItem, ListStyle, ListLevelStyleBullet, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    document = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    bullets = ListStyle(name="Bullets")
    for level, glyph in ((1, "•"), (2, "◦")):
        style = ListLevelStyleBullet(level=level, bulletchar=glyph)
        style.addElement(ListLevelProperties(spacebefore=f"{0.25 * level}in", minlabelwidth="0.25in"))
        bullets.addElement(style)
    document.automaticstyles.addElement(bullets)
    from odf.style import ParagraphProperties
    indent = Style(name="Indented", family="paragraph")
    indent.addElement(ParagraphProperties(marginleft="1.27cm"))
    document.automaticstyles.addElement(indent)

    def para(element, line):
        for m, part in enumerate(line.split("**")):
            if part:
                if m % 2 == 1:
                    element.addElement(Span(stylename=bold, text=part))
                else:
                    element.addText(part)

    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind = block[0]
        if kind == "heading":
            h = H(outlinelevel=1 if index == 0 else 2)
            for n, line in enumerate(block[1]):
                h.addText(line)
                if n < len(block[1]) - 1:
                    h.addElement(LineBreak())
            document.text.addElement(h)
        elif kind == "para":
            if index == 0 and block[1][0].lower() in ("agenda item", "meeting documents"):
                document.text.addElement(H(outlinelevel=1, text=block[1][0]))
            else:
                p = P()
                for n, line in enumerate(block[1]):
                    para(p, line)
                    if n < len(block[1]) - 1:
                        p.addElement(LineBreak())
                document.text.addElement(p)
        elif kind == "bullet":
            top = List(stylename=bullets)
            last_item = None
            while index < len(blocks) and blocks[index][0] == "bullet":
                _, text, depth = blocks[index]
                p = P()
                para(p, text)
                if depth and last_item is not None:
                    inner = List()
                    item = ListItem()
                    item.addElement(p)
                    inner.addElement(item)
                    last_item.addElement(inner)
                else:
                    last_item = ListItem()
                    last_item.addElement(p)
                    top.addElement(last_item)
                index += 1
            document.text.addElement(top)
            continue
        elif kind == "indented":
            p = P(stylename=indent)
            para(p, block[1])
            document.text.addElement(p)
        elif kind == "table":
            rows = block[1]
            table = Table(name=f"Table{index}")
            table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for text in row:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=text))
                    tr.addElement(tc)
                table.addElement(tr)
            document.text.addElement(table)
        index += 1
    document.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Fixed timestamps, so the fixtures are the same bytes every run."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(fixed, data)


# ---------------------------------------------------------------- refused formats

def refused(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "minutes.rtf"), "w") as f:
        f.write(r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0\fs24 Thames Valley Police and Crime Panel\par Minutes:\par The PCC reported.\par}" + "\n")
    # A 1x1 PNG.
    raw = b"\x00\xff\xff\xff"
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(os.path.join(folder, "scan.png"), "wb") as f:
        f.write(png)
    def zipped(name, files):
        with zipfile.ZipFile(os.path.join(folder, name), "w") as z:
            for member, data in files:
                z.writestr(zipfile.ZipInfo(member, date_time=(2020, 1, 1, 0, 0, 0)), data)
    zipped("figures.xlsx", [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>")])
    zipped("papers.zip", [("minutes.txt", "Thames Valley Police and Crime Panel\n\nMinutes:\n\nThe PCC reported.\n")])
    with open(os.path.join(folder, "old.doc"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Thames Valley Police and Crime Panel")


def main():
    corpus = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
    for source in corpus:
        name = os.path.basename(source)[:-4]
        key = name[:3]
        text = open(source, encoding="utf-8").read()
        blocks = read_blocks(text)
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_page(key, blocks))
        pdf_file(key, blocks, os.path.join(HERE, name + ".pdf"))
        docx_file(blocks, os.path.join(HERE, name + ".docx"))
        odt_file(blocks, os.path.join(HERE, name + ".odt"))
    refused(os.path.join(HERE, "refused"))


if __name__ == "__main__":
    main()
