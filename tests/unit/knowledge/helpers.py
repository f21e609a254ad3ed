"""Small synthetic documents for knowledge-base tests (PDF written by hand, DOCX with python-docx), and the bundled
articles' sections as ingest extracts them."""

from __future__ import annotations

from pathlib import Path

from bot.knowledge.extract import extract
from bot.knowledge.extracted import RawSection
from bot.knowledge.ingest import ingest_paths
from bot.knowledge.ingest_file import is_authoring_file
from bot.knowledge.service import KnowledgeService

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "kb"
DOCS = FIXTURES / "docs"
GUIDELINES = Path(__file__).resolve().parents[3] / "guidelines"


def bundled_sections() -> list[RawSection]:
    """The sections of the bundled articles that ingest reads (authoring files left out), fact tags parsed."""
    out = []
    for path in sorted(GUIDELINES.glob("*.md")):
        if not is_authoring_file(path):
            out.extend(extract(path, path.read_bytes()).sections)
    return out


# One article of three short sections (vectors tests).
NOTICES_ARTICLE = """---
title: Notices and appeals
status: confirmed
effective_date: 2024-01-01
---
# Notices and appeals

## Discharge notice timing
The provider delivers the discharge notice at least two calendar days before covered services end. If the stay
is shorter than two days, the notice is delivered at admission.

## Appeal filing window
A member has 65 calendar days from the date of the denial notice to request a reconsideration. The plan may
accept a late request for good cause.

## Expedited appeals
An expedited reconsideration is decided within 72 hours when waiting could seriously jeopardise the member's
health.
"""


async def answering_from(db, folder: Path, article: str) -> KnowledgeService:
    """A knowledge service over one synthetic article that answers whatever its confidence (threshold 0), so a
    test sees what the answer policy does, not where the calibrated threshold falls."""
    (folder / "article.md").write_text(article)
    await ingest_paths(db, [folder])
    return KnowledgeService(db, threshold=0.0, record_answers=False)


def make_pdf(path: Path, lines: list[str], title: str = "") -> Path:
    """A minimal one-page PDF (Helvetica text), enough for pypdf's text extraction."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    y = 760
    ops = ["BT", "/F1 11 Tf"]
    for line in lines:
        ops.append(f"1 0 0 1 60 {y} Tm ({esc(line)}) Tj")
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if title:
        objects.append(b"<< /Title (" + esc(title).encode("latin-1") + b") >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R"
    if title:
        trailer += f" /Info {len(objects)} 0 R"
    out += (trailer + f" >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "IRF DOCX test"
    document.add_heading("IRF DOCX test", level=0)
    document.add_heading("Preadmission screening", level=1)
    document.add_paragraph(
        "The preadmission screening must be done within the 48 hours immediately before the IRF admission."
    )
    document.add_heading("Who signs", level=2)
    document.add_paragraph("A rehabilitation physician must document concurrence with the screening.")
    document.save(str(path))
    return path
