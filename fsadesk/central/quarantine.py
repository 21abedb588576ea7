"""Copies of rejected files in the quarantine folder: quarantine/<date>/<name>, with
<name>.reason.txt beside it in Japanese and English.

Copied, never moved: the user's own file stays where it was, unchanged. A copy that cannot be made
(a full disk, a read-only folder) is said in the file's outcome; the batch goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import stat
from dataclasses import replace
from pathlib import Path

from fsadesk.central.intake_types import FileOutcome, ReasonKind
from fsadesk.files import write_private_file

# What each kind of rejection means, in Japanese, for the reason file a person opens later (the
# English sentence of the outcome follows it, naming the details).
JA_REASONS: dict[ReasonKind, str] = {
    ReasonKind.UNREADABLE: "ファイルを読み込めませんでした（移動・削除されたか、ほかのソフトで開かれています）。",
    ReasonKind.TOO_LARGE: "ファイルが大きすぎます。提出用ファイル（.fsab）ではありません。",
    ReasonKind.NOT_A_BUNDLE: "fsadesk の提出用ファイル（.fsab）ではありません。",
    ReasonKind.DAMAGED: "提出用ファイルが壊れているか、作り直されています。会員にもう一度書き出してもらってください。",
    ReasonKind.TAMPERED: (
        "会員が署名した後に内容が変わっています（破損または改ざん）。会員にもう一度書き出してもらってください。"
    ),
    ReasonKind.NEWER_FORMAT: "新しい版の fsadesk で作られています。このパソコンの fsadesk を更新してください。",
    ReasonKind.INVALID_CONTENTS: (
        "署名は正しいものの、中の回答を読み取れません。会員にもう一度書き出してもらってください。"
    ),
    ReasonKind.UNKNOWN_SIGNER: "登録されていない鍵で署名されています。先に会員の登録ファイルを登録してください。",
    ReasonKind.REVOKED_KEY: "失効した鍵で署名されています。会員に新しい鍵を作って登録してもらってください。",
    ReasonKind.RETIRED_KEY: "会員が鍵を切り替えた後に、古い鍵で署名されています。",
    ReasonKind.OTHER_INSTITUTION_KEY: "ある会員の名前で、別の会員の鍵で署名されています。",
    ReasonKind.WRONG_CAMPAIGN: "この提出依頼とは別の年度のものです。",
    ReasonKind.CATALOGUE_MISMATCH: "提出依頼とは別の版の項目一覧で回答されています。",
    ReasonKind.UNDECRYPTABLE: (
        "暗号化されたファイルを開けませんでした（別の宛先向けか、中央機関の鍵が指定されていません）。"
    ),
}


def _free_name(folder: Path, name: str) -> Path:
    """name, or name (2), (3)… when a file of that name is already quarantined that day."""
    target = folder / name
    n = 2
    while target.exists() or Path(f"{target}.reason.txt").exists():
        stem, dot, suffix = name.rpartition(".")
        target = folder / (f"{stem} ({n}).{suffix}" if dot and stem else f"{name} ({n})")
        n += 1
    return target


def reason_text(outcome: FileOutcome, when: dt.datetime) -> str:
    kind = outcome.reason_kind or ReasonKind.DAMAGED
    return (
        f"ファイル / File: {outcome.path}\n"
        f"日時 / Time: {when.isoformat(timespec='seconds')}\n"
        f"理由: {JA_REASONS[kind]}\n"
        f"Reason ({kind.value}): {outcome.reason}\n"
    )


def _copy(source: Path, target: Path) -> bool:
    """Stream the file into a new 0600 copy; False when the source cannot be read any more. A copy
    cut short (the disk filled, the process killed) is never left under the file's name."""
    with contextlib.ExitStack() as stack:
        try:
            if not stat.S_ISREG(os.stat(source).st_mode):
                return False  # a pipe or device: opening it could wait forever; nothing to keep
            src = stack.enter_context(open(source, "rb"))  # read-only: the user's file is never changed
        except OSError:
            return False  # vanished or unreadable: the reason file says so alone
        part = target.with_name(f".{target.name}.part")  # renamed into place once whole
        try:
            with open(part, "wb") as dst:
                part.chmod(0o600)
                shutil.copyfileobj(src, dst, 1024 * 1024)
            os.replace(part, target)
        except OSError:
            part.unlink(missing_ok=True)
            raise
    return True


def quarantine_copy(outcome: FileOutcome, quarantine: Path, when: dt.datetime) -> FileOutcome:
    folder = quarantine / when.astimezone().date().isoformat()
    copied = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, outcome.path.name)
        copied = _copy(outcome.path, target)
        write_private_file(Path(f"{target}.reason.txt"), reason_text(outcome, when).encode("utf-8"))
    except OSError as exc:
        return replace(
            outcome,
            quarantine_error=f"It could not be copied to the quarantine folder {folder} ({exc.strerror or exc}).",
        )
    return replace(outcome, quarantined=target if copied else None)
