"""Documents and photos: content-addressed, typed, linked; bad attachments write nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fmdesk.records.assets import asset_card, create_asset
from fmdesk.records.database import Records
from fmdesk.records.documents import attach_document, list_documents, read_document
from fmdesk.records.errors import AttachmentError, InvalidInputError, NotFoundError
from fmdesk.records.models import Document, DocumentBlob
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import attach_evidence, create_work_order, work_order_card

Factory = Callable[..., UnitOfWork]


def test_same_content_is_stored_once_and_read_back_verified(
    records: Records, uow_factory: Factory, tmp_path: Path
) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    data = b"%PDF-1.4 certificate " * 200
    (tmp_path / "合格证.pdf").write_bytes(data)
    first = attach_document(
        uow_factory("资料员"), tmp_path / "合格证.pdf", "certificate", asset="SB-01"
    )
    second = attach_document(
        uow_factory("资料员"), data, "test_report", asset="SB-01", file_name="检测报告.pdf"
    )
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert (first.file_name, first.mime_type, first.asset_code) == (
        "合格证.pdf",
        "application/pdf",
        "SB-01",
    )
    assert read_document(uow_factory(), first.id) == data
    if records.blobs.kind == "file":
        stored = list(Path(records.blobs.root).rglob(first.sha256))  # type: ignore[attr-defined]
        assert len(stored) == 1 and stored[0].read_bytes() == data
    else:
        with uow_factory() as uow:
            assert uow.session.scalar(select(func.count()).select_from(DocumentBlob)) == 1
    card = asset_card(uow_factory(), "SB-01")
    assert sorted(d.doc_type for d in card.documents) == ["certificate", "test_report"]
    assert any(h.entity == "document" for h in card.history)


def test_evidence_on_a_work_order_and_hidden_works_on_a_space(
    uow_factory: Factory, tmp_path: Path
) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    order = create_work_order(uow_factory(), "漏水", asset="SB-01")
    photo = tmp_path / "after.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"jpeg" * 100)
    attach_evidence(uow_factory("李师傅"), order.number, photo)
    attach_evidence(uow_factory("住户"), order.number, b"<svg/>", "signature", "签字.svg")
    card = work_order_card(uow_factory(), order.number)
    assert sorted(d.doc_type for d in card.documents) == ["photo", "signature"]
    assert all(d.work_order_number == order.number for d in card.documents)
    hidden = attach_document(
        uow_factory(), b"img", "hidden_works", element_global_id="2X$abc", file_name="管线.jpg"
    )
    assert [d.id for d in list_documents(uow_factory(), element_global_id="2X$abc")] == [hidden.id]


def test_bad_attachments_write_nothing(uow_factory: Factory, tmp_path: Path) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    big = tmp_path / "video.mp4"
    big.write_bytes(b"0" * 2048)
    with pytest.raises(AttachmentError, match="more than the"):
        attach_document(uow_factory(), big, "video", asset="SB-01", max_bytes=1024)
    with pytest.raises(AttachmentError, match="does not exist"):
        attach_document(uow_factory(), tmp_path / "missing.pdf", "manual", asset="SB-01")
    unreadable = tmp_path / "locked.pdf"
    unreadable.write_bytes(b"x")
    unreadable.chmod(0)
    try:
        if unreadable.open("rb"):  # root reads anything: then this case cannot be staged
            pass
    except PermissionError:
        with pytest.raises(AttachmentError, match="cannot be read"):
            attach_document(uow_factory(), unreadable, "manual", asset="SB-01")
    finally:
        unreadable.chmod(0o644)
    with pytest.raises(InvalidInputError, match="not a document type"):
        attach_document(uow_factory(), b"x", "selfie", asset="SB-01")
    with pytest.raises(NotFoundError, match="No asset has the code"):
        attach_document(uow_factory(), b"x", "manual", asset="NOPE")
    with pytest.raises(InvalidInputError, match="must be linked"):
        attach_document(uow_factory(), b"x", "manual")
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Document)) == 0
