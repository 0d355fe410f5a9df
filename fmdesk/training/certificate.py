"""The certificate of completion: a printable A4 PDF in Chinese (with English beneath).

Written with reportlab's built-in ``STSong-Light`` CID font (Adobe's Chinese font pack, known to
every PDF reader), so no font file ships with fmdesk, the text stays extractable and
searchable, and the file is a few kilobytes.

Example::

    write_certificate(Certificate("张三", "维修一班", "关阀演练", date(2027, 3, 1), 95, 80,
                                  "FMT-2027-0001"), Path("张三.pdf"))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = ["Certificate", "CertificateError", "write_certificate"]

FONT = "STSong-Light"


class CertificateError(UserError):
    """The certificate cannot be issued or written."""


@dataclass(frozen=True)
class Certificate:
    trainee: str
    team: str
    course: str
    on: date
    score: int
    pass_mark: int
    number: str
    issuer: str = "物业工程部"
    model_name: str = ""


def write_certificate(certificate: Certificate, path: Path) -> Path:
    """Draw the certificate on one A4 landscape page and write it to ``path``."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    path = Path(path)
    width, height = landscape(A4)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf = canvas.Canvas(str(path), pagesize=(width, height))
    except OSError as error:
        raise CertificateError(
            _t("Cannot write {path}: {reason}.", path=str(path), reason=error.strerror or error)
        ) from error
    c = certificate
    pdf.setTitle(f"培训合格证书 {c.trainee} {c.course}")
    pdf.setAuthor(c.issuer)
    pdf.setStrokeColor(HexColor("#9c1c1c"))
    pdf.setLineWidth(4)
    pdf.rect(28, 28, width - 56, height - 56)
    pdf.setLineWidth(1)
    pdf.rect(38, 38, width - 76, height - 76)
    centre = width / 2
    pdf.setFillColor(HexColor("#9c1c1c"))
    pdf.setFont(FONT, 40)
    pdf.drawCentredString(centre, height - 120, "培训合格证书")
    pdf.setFont(FONT, 14)
    pdf.drawCentredString(centre, height - 145, "Certificate of Completion")
    pdf.setFillColor(HexColor("#202020"))
    who = f"{c.trainee}（{c.team}）" if c.team else c.trainee
    day = f"{c.on.year}年{c.on.month}月{c.on.day}日"
    lines = [
        f"兹证明 {who}",
        f"于 {day} 完成《{c.course}》培训考核，",
        f"成绩 {c.score} 分（合格线 {c.pass_mark} 分），考核合格，特发此证。",
    ]
    pdf.setFont(FONT, 20)
    for number, line in enumerate(lines):
        pdf.drawCentredString(centre, height - 215 - number * 36, line)
    pdf.setFont(FONT, 11)
    english = (
        f"{c.trainee} completed the course \u201c{c.course}\u201d on {c.on.isoformat()} "
        f"with a score of {c.score} (pass mark {c.pass_mark})."
    )
    pdf.drawCentredString(centre, height - 335, english)
    pdf.setFont(FONT, 13)
    left = 90
    details = [f"证书编号 No.: {c.number}", f"课程 Course: {c.course}", f"日期 Date: {day}"]
    if c.model_name:
        details.append(f"培训模型 Model: {c.model_name}")
    for number, line in enumerate(details):
        pdf.drawString(left, 150 - number * 22, line)
    pdf.drawString(width - 330, 128, f"签发单位 Issued by: {c.issuer}")
    pdf.drawString(width - 330, 100, "培训负责人 Trainer: ____________")
    pdf.showPage()
    try:
        pdf.save()
    except OSError as error:
        raise CertificateError(
            _t("Cannot write {path}: {reason}.", path=str(path), reason=error.strerror or error)
        ) from error
    return path
