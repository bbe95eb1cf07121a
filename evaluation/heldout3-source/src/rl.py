"""Tiny reportlab layer: a document is a list of (kind, text) blocks with label markers in the text."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from lib import strip_markers


def styles(font="Helvetica", size=11, hyphenate=False, justify=True):
    base = dict(fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.6,
                alignment=TA_JUSTIFY if justify else TA_LEFT)
    if hyphenate:
        base.update(hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
    bold = font + "-Bold" if font in ("Helvetica", "Times") else font
    if font == "Times":
        bold = "Times-Bold"
        base["fontName"] = "Times-Roman"
    return {
        "p": ParagraphStyle("p", **base),
        "ind": ParagraphStyle("ind", **{**base, "leftIndent": 12 * mm}),
        "num": ParagraphStyle("num", **{**base, "leftIndent": 12 * mm, "firstLineIndent": -12 * mm}),
        "sub": ParagraphStyle("sub", **{**base, "leftIndent": 20 * mm, "firstLineIndent": -8 * mm}),
        "bul": ParagraphStyle("bul", **{**base, "leftIndent": 20 * mm, "bulletIndent": 14 * mm}),
        "h": ParagraphStyle("h", **{**base, "fontName": bold, "alignment": TA_LEFT, "spaceBefore": size * 0.6, "keepWithNext": 1}),
        "title": ParagraphStyle("title", **{**base, "fontName": bold, "fontSize": size + 3, "leading": (size + 3) * 1.3, "alignment": TA_LEFT}),
        "c": ParagraphStyle("c", **{**base, "alignment": TA_CENTER}),
    }


def flow(blocks, st):
    out = []
    for kind, text in blocks:
        t = strip_markers(text) if isinstance(text, str) else None
        if kind == "space":
            out.append(Spacer(1, float(text) * mm))
        elif kind == "bul":
            out.append(Paragraph(t, st["bul"], bulletText="•"))
        elif kind == "table":
            rows, widths = text
            data = [[Paragraph(strip_markers(c), st["p"]) for c in r] for r in rows]
            tb = Table(data, colWidths=[w * mm for w in widths])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(tb)
        else:
            out.append(Paragraph(t, st[kind]))
    return out


def source(blocks):
    parts = []
    for kind, text in blocks:
        if kind == "table":
            parts.extend(c for r in text[0] for c in r)
        elif kind != "space":
            parts.append(text)
    return "\n".join(parts)


def build(path, blocks, st, on_first, on_later, margins=(25, 22, 25, 22)):
    top, right, bottom, left = margins
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=top * mm, rightMargin=right * mm,
                            bottomMargin=bottom * mm, leftMargin=left * mm, title="Minutes", author="Democratic Services")
    doc.build(flow(blocks, st), onFirstPage=on_first, onLaterPages=on_later)
