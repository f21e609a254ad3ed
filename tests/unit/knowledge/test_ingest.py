from __future__ import annotations

import shutil

from sqlalchemy import func, select

from bot.knowledge.ingest import ensure_loaded, ingest_paths, list_documents, remove_document
from bot.knowledge.models import KbCurated, KbDocument, KbSection
from tests.unit.knowledge.helpers import DOCS, make_docx, make_pdf


async def _sections(db, path_suffix: str) -> list[KbSection]:
    async with db.session() as s:
        doc = (await s.execute(select(KbDocument).where(KbDocument.path.like(f"%{path_suffix}")))).scalar_one()
        return list(
            (
                await s.execute(select(KbSection).where(KbSection.document_id == doc.id).order_by(KbSection.ordinal))
            ).scalars()
        )


async def test_markdown_front_matter_and_sections(db):
    report = await ingest_paths(db, [DOCS / "ltch-test.md"])
    assert report.count("added") == 1 and report.sections == 2
    async with db.session() as s:
        doc = (await s.execute(select(KbDocument))).scalar_one()
    assert doc.title == "LTCH test article – average length of stay"
    assert doc.effective_date == "2015-10-01" and doc.status == "confirmed" and doc.format == "md"
    assert doc.sources == ["https://example.org/ltch"] and doc.citations == ["42 CFR 412.23(e)(2)"]
    secs = await _sections(db, "ltch-test.md")
    assert secs[0].heading_path == ["Average length of stay over 25 days"]
    assert "[T-01]" not in secs[0].text and "greater than 25 days" in secs[0].text
    assert secs[0].citation == "42 CFR 412.23(e)(2)"
    assert "ltch" in secs[0].search_text.split()


async def test_html_headings_split_and_script_dropped(db):
    await ingest_paths(db, [DOCS / "snf-test.html"])
    secs = await _sections(db, "snf-test.html")
    assert [s.heading_path for s in secs] == [["Qualifying hospital stay"], ["Benefit days"]]
    assert all("should not be indexed" not in s.text and "About" not in s.text for s in secs)
    assert "Up to 100 days per benefit period." in secs[1].text


async def test_plain_text_heuristic_headings(db):
    await ingest_paths(db, [DOCS / "notices-test.txt"])
    secs = await _sections(db, "notices-test.txt")
    assert [s.heading_path[-1] for s in secs] == ["NOMNC DELIVERY", "1. Fast-track appeals"]


async def test_pdf_and_docx(db, tmp_path):
    pdf = make_pdf(
        tmp_path / "start.pdf",
        [
            "IRF THERAPY START",
            "Therapy must begin within 36 hours from midnight of the day of admission.",
            "FACE TO FACE VISITS",
            "A rehabilitation physician visits at least 3 days a week.",
        ],
        title="PDF test",
    )
    docx_path = make_docx(tmp_path / "pas.docx")
    report = await ingest_paths(db, [pdf, docx_path])
    assert report.count("added") == 2, report.results
    pdf_secs = await _sections(db, "start.pdf")
    assert [s.heading_path for s in pdf_secs] == [["IRF THERAPY START"], ["FACE TO FACE VISITS"]]
    docx_secs = await _sections(db, "pas.docx")
    assert docx_secs[0].heading_path == ["Preadmission screening"]
    assert docx_secs[1].heading_path == ["Preadmission screening", "Who signs"]
    docs = {d.path.rsplit("/", 1)[-1]: d for d in await list_documents(db)}
    assert docs["start.pdf"].title == "PDF test" and docs["pas.docx"].title == "IRF DOCX test"


async def test_reingest_is_idempotent_and_changes_replace_sections(db, tmp_path):
    src = tmp_path / "a.md"
    shutil.copy(DOCS / "ltch-test.md", src)
    first = await ingest_paths(db, [src])
    again = await ingest_paths(db, [src])
    assert first.count("added") == 1 and again.count("unchanged") == 1
    src.write_text(src.read_text().replace("## Typical patients", "## Typical LTCH patients") + "\nMore text.\n")
    changed = await ingest_paths(db, [src])
    assert changed.count("updated") == 1
    async with db.session() as s:
        assert (await s.execute(select(func.count()).select_from(KbDocument))).scalar_one() == 1
        heads = (await s.execute(select(KbSection.heading_path))).scalars().all()
    assert len(heads) == 2 and ["Typical LTCH patients"] in heads


async def test_broken_file_is_reported_and_the_rest_ingested(db, tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "bad.docx").write_bytes(b"PK not a zip")
    (tmp_path / "badmeta.md").write_text("---\ntitle: [unclosed\n---\n# x\ntext\n")
    shutil.copy(DOCS / "ltch-test.md", tmp_path / "good.md")
    progress = []
    report = await ingest_paths(db, [tmp_path], progress=lambda d, t, p: progress.append((d, t)))
    assert report.count("added") == 1 and len(report.errors) == 3
    assert progress[-1] == (4, 4)
    assert {r.path.rsplit("/", 1)[-1] for r in report.errors} == {"broken.pdf", "bad.docx", "badmeta.md"}


async def test_remove_document_by_id_and_path(db):
    await ingest_paths(db, [DOCS / "ltch-test.md", DOCS / "snf-test.html"])
    docs = await list_documents(db)
    assert await remove_document(db, docs[0].id)
    assert await remove_document(db, docs[1].path)
    assert not await remove_document(db, "nope.md")
    async with db.session() as s:
        assert (await s.execute(select(func.count()).select_from(KbSection))).scalar_one() == 0


async def test_faq_file_loads_curated_pairs(db):
    await ingest_paths(db, [DOCS / "curated" / "faq.yaml"])
    async with db.session() as s:
        rows = (await s.execute(select(KbCurated))).scalars().all()
    assert (
        len(rows) == 1
        and rows[0].origin == "bundled"
        and rows[0].alternates == ["IRF intensity requirement", "three hour rule"]
    )


async def test_ensure_loaded_fills_only_an_empty_kb(db):
    report = await ensure_loaded(db, DOCS)
    assert report is not None and report.count("added") >= 5
    assert await ensure_loaded(db, DOCS) is None


async def test_a_changed_bundled_article_replaces_the_ingested_one_at_start(db, tmp_path):
    folder = tmp_path / "guidelines"
    shutil.copytree(DOCS, folder)
    await ensure_loaded(db, folder)
    ltch = folder / "ltch-test.md"
    ltch.write_text(ltch.read_text() + "\n## Corrected\nA corrected synthetic sentence about interrupted stays.\n")
    docs = {d.path: d for d in await list_documents(db)}
    await remove_document(db, str(docs[str((folder / "p2p-plan.md").resolve())].id))

    report = await ensure_loaded(db, folder)

    assert report is not None and report.count("updated") == 1 and report.count("added") == 0
    async with db.session() as s:
        texts = (await s.execute(select(KbSection.text))).scalars().all()
        paths = set((await s.execute(select(KbDocument.path))).scalars().all())
    assert any("corrected synthetic sentence" in t for t in texts)
    assert str((folder / "p2p-plan.md").resolve()) not in paths  # removed by the operator: not brought back
    assert await ensure_loaded(db, folder) is None  # nothing changed since


async def test_two_faq_files_keep_their_own_pairs(db, tmp_path):
    other = tmp_path / "faq-extra.yaml"
    other.write_text("- question: What is a test?\n  answer: A test.\n")
    await ingest_paths(db, [DOCS / "curated" / "faq.yaml", other])
    await ingest_paths(db, [other])  # unchanged
    other.write_text("- question: What is a test?\n  answer: A changed test.\n")
    await ingest_paths(db, [other])
    async with db.session() as s:
        answers = sorted((await s.execute(select(KbCurated.answer))).scalars().all())
    assert len(answers) == 2 and "A changed test." in answers
    faq = [d for d in await list_documents(db) if d.format == "faq"]
    assert {d.sections for d in faq} == {1}


async def test_synonyms_change_reindexes_on_start(db):
    from dataclasses import replace

    from bot.knowledge.ingest import reindex_stale
    from bot.knowledge.text import load_lexicon

    await ingest_paths(db, [DOCS / "ltch-test.md"])
    assert await reindex_stale(db) == 0
    changed = replace(load_lexicon(), version="something-else")
    assert await reindex_stale(db, changed) == 1
    async with db.session() as s:
        assert (await s.execute(select(KbDocument.index_version))).scalar_one() == "something-else"
