"""Who the synthetic member institutions are and what they answered: pure and deterministic.

`fsadesk central simulate` (fsadesk.central.simulate) turns these plans into real workspaces and
real signed bundles. Everything here follows from (seed, index) alone, so member 7 of a run with
seed 1 is the same whether 10 or 1,000 members are made, and a test or a benchmark can name what
it expects. Only the signing keys (made later) are random.

The mix imitates a central organisation's membership: 信用金庫, 信用組合 and 労働金庫 (the
catalogue's category "regional") and JA / JF (category "ja_jf"), three size bands, the regions of
Japan (kept in the member list for peer groups, as `fsadesk central member edit --region` stores
it), and four answer patterns from "strong" to "barely started".
"""

from __future__ import annotations

import datetime as dt
import enum
import random
from dataclasses import dataclass

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue.model import Catalogue


class Pattern(enum.StrEnum):
    STRONG = "strong"  # nearly everything in place, often finalised with sign-offs
    AVERAGE = "average"
    WEAK = "weak"  # many gaps, many plans
    BARELY_STARTED = "barely_started"  # a few answers only


# The share of each pattern, as a rotation of ten so that even five members show variety.
_ROTATION = (
    Pattern.STRONG, Pattern.AVERAGE, Pattern.WEAK, Pattern.BARELY_STARTED, Pattern.AVERAGE,
    Pattern.STRONG, Pattern.AVERAGE, Pattern.WEAK, Pattern.AVERAGE, Pattern.BARELY_STARTED,
)  # fmt: skip

# (answered share, implemented share of the answered) per pattern.
_SHAPE = {
    Pattern.STRONG: (0.97, 0.82),
    Pattern.AVERAGE: (0.88, 0.58),
    Pattern.WEAK: (0.72, 0.32),
    Pattern.BARELY_STARTED: (0.12, 0.45),
}

REGIONS: dict[str, tuple[str, ...]] = {
    "北海道": ("札幌", "旭川", "函館", "釧路", "帯広", "北見"),
    "東北": ("青森", "盛岡", "仙台", "秋田", "山形", "福島", "八戸"),
    "関東": ("水戸", "宇都宮", "前橋", "川越", "千葉", "横浜", "八王子", "高崎"),
    "中部": ("新潟", "富山", "金沢", "福井", "甲府", "長野", "岐阜", "静岡", "浜松", "豊橋"),
    "近畿": ("津", "大津", "京都", "大阪", "堺", "神戸", "姫路", "奈良", "和歌山"),
    "中国": ("鳥取", "松江", "岡山", "倉敷", "広島", "呉", "山口"),
    "四国": ("徳島", "高松", "松山", "今治", "高知"),
    "九州・沖縄": ("福岡", "北九州", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "那覇"),
}


@dataclass(frozen=True)
class _Kind:
    name: str  # as the institution calls itself
    category: str  # the catalogue's category id
    weight: float
    sizes: tuple[float, float, float]  # small, medium, large


_KINDS = (
    _Kind("信用金庫", "regional", 0.35, (0.35, 0.45, 0.20)),
    _Kind("信用組合", "regional", 0.25, (0.70, 0.25, 0.05)),
    _Kind("労働金庫", "regional", 0.05, (0.10, 0.50, 0.40)),
    _Kind("農業協同組合", "ja_jf", 0.28, (0.55, 0.40, 0.05)),
    _Kind("漁業協同組合", "ja_jf", 0.07, (0.90, 0.10, 0.00)),
)

_OWNERS = ("総務部 リスク管理課", "事務部 システム担当", "業務部", "監査室", "経営企画部", "事務統括部")
_PEOPLE = (
    ("佐藤 花子", "リスク管理課長"), ("鈴木 一郎", "総務部長"), ("田中 太郎", "常務理事"),
    ("高橋 美咲", "システム担当課長"), ("伊藤 健", "事務部長"), ("渡辺 直樹", "専務理事"),
)  # fmt: skip

# Sentences the notes, evidence and plans are made of: what such institutions write, varied enough
# that the text does not look like one line repeated.
_NOTE_SENTENCES = (
    "規程に定め、年1回見直しています。",
    "本部では実施済みですが、営業店への展開が済んでいません。",
    "中央機関の共同センターが提供するサービスで対応しています。",
    "前回の内部監査で指摘を受け、手順書を改訂しました。",
    "担当者が一人のため、休暇中の代行者を決める必要があります。",
    "外部委託先からの報告書を四半期ごとに受け取り、理事会に報告しています。",
    "訓練は年1回実施していますが、営業店の参加が一部にとどまっています。",
    "ログの保存期間を1年から5年に延ばしました。",
    "パスワードの規則を見直し、多要素認証を本部の端末から導入しました。",
    "全職員向けの標的型メール訓練を実施し、開封率は前年より下がりました。",
    "システム更改の計画に合わせて対応する予定です。",
    "費用対効果を検討した結果、当面は現行の運用を続けることにしました。",
    "インシデント対応計画を作成し、連絡体制を経営陣と確認しました。",
    "USBメモリの使用を原則禁止とし、例外は申請制にしました。",
    "資産管理台帳を作成しましたが、営業店の端末の一部が未登録です。",
    "脆弱性情報は共同センターからの通知で把握しています。",
    "バックアップはオフラインの媒体にも取得し、復元の試験を行いました。",
    "委託先の選定基準にセキュリティの項目を加えました。",
    "理事会でサイバーセキュリティを年2回議題にしています。",
    "リスク評価の結果を踏まえ、優先順位をつけて対策を進めています。",
)
_EVIDENCE_PLACES = ("（総務部で保管）", "（事務部の共有フォルダ）", "（監査室で保管）", "（理事会資料に添付）")
_MEASURES = (
    "外部委託先と手順を取り決め、年1回の訓練で確認する。",
    "営業店を含む全端末に展開し、展開状況を月次で確認する。",
    "手順書を作成し、担当者と代行者に説明する。",
    "共同センターのサービス更改に合わせて導入する。",
    "予算を確保し、次年度のシステム更改で対応する。",
)


@dataclass(frozen=True)
class MemberPlan:
    """One synthetic member: its profile, its region, and what it has answered."""

    index: int
    profile: InstitutionProfile
    kind: str  # 信用金庫, 信用組合, 労働金庫, 農業協同組合, 漁業協同組合
    region: str
    pattern: Pattern
    answers: tuple[Answer, ...]
    signoffs: tuple[SignOff, ...]  # empty: not finalised
    include_notes: bool  # some members leave the notes out of the bundle
    resubmits: bool  # exports a second, corrected bundle of the same cycle later


def _choose(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _note(rng: random.Random, detail: int) -> str:
    """A few sentences: `detail` is how many (thorough members write more)."""
    return "".join(rng.sample(_NOTE_SENTENCES, k=min(detail, len(_NOTE_SENTENCES))))


def _answers(
    rng: random.Random, catalogue: Catalogue, profile: InstitutionProfile, pattern: Pattern, fiscal_year: int,
    detail: int,
) -> list[Answer]:  # fmt: skip
    answered_share, implemented_share = _SHAPE[pattern]
    out: list[Answer] = []
    for item in applicable_items(catalogue, profile):
        if rng.random() > answered_share:
            continue
        evidence = item.evidence.ja[0] + rng.choice(_EVIDENCE_PLACES) if item.evidence.ja else ""
        notes = _note(rng, rng.randint(max(1, detail - 2), detail + 2)) if rng.random() < 0.85 else ""
        roll = rng.random()
        if roll < implemented_share:
            out.append(Answer(item.id, Status.IMPLEMENTED, notes=notes, evidence=evidence))
            continue
        roll = (roll - implemented_share) / (1 - implemented_share)  # how the rest is spread
        plan = RemediationPlan(
            owner=rng.choice(_OWNERS),
            target_date=dt.date(fiscal_year + 1, rng.choice((3, 6, 9)), 30 if rng.random() < 0.5 else 1),
            priority=rng.choice(list(Priority)),
            measure="".join(rng.sample(_MEASURES, k=rng.randint(1, 3))),
        )
        if roll < 0.45:
            out.append(Answer(item.id, Status.PARTIAL, notes=notes, evidence=evidence, plan=plan))
        elif roll < 0.60:
            out.append(Answer(item.id, Status.ALTERNATIVE, notes=notes, justification=_note(rng, 2)))
        elif roll < 0.70:
            out.append(
                Answer(item.id, Status.NOT_APPLICABLE, justification="当組合では該当する業務やシステムがありません。")
            )
        elif roll < 0.78:
            acceptance = RiskAcceptance(approved_by="理事長", reason=_note(rng, 2), date=dt.date(fiscal_year, 6, 20))
            out.append(Answer(item.id, Status.NOT_IMPLEMENTED, notes=notes, acceptance=acceptance))
        elif roll < 0.93 or pattern is Pattern.STRONG:
            out.append(Answer(item.id, Status.NOT_IMPLEMENTED, notes=notes, plan=plan))
        else:  # an open gap: no plan yet, marked for a second look
            out.append(Answer(item.id, Status.NOT_IMPLEMENTED, notes=notes, marked_for_review=True))
    return out


def _name(rng: random.Random, kind: _Kind, region: str, index: int, taken: set[str]) -> str:
    place = rng.choice(REGIONS[region])
    if kind.name == "労働金庫":
        base = f"{region.split('・')[0]}労働金庫"
    elif kind.name == "農業協同組合" and rng.random() < 0.5:
        base = f"JA{place}"
    else:
        base = f"{place}{kind.name}"
    name = base if base not in taken else f"{base}（{index + 1}）"  # two of a kind in one town
    taken.add(name)
    return name


def plan_member(
    catalogue: Catalogue, seed: int, index: int, fiscal_year: int, taken: set[str] | None = None, detail: int = 4
) -> MemberPlan:
    """Member number `index` (from 0) of the run with `seed`. `taken` holds names already used in
    the run (a repeated name gets its number); `detail` is about how many sentences a note has."""
    rng = random.Random(f"fsadesk-simulate:{seed}:{index}")
    kind = rng.choices(_KINDS, weights=[k.weight for k in _KINDS])[0]
    region = rng.choice(list(REGIONS))
    size = rng.choices(list(SizeBand), weights=kind.sizes)[0]
    pattern = _ROTATION[(index + seed) % len(_ROTATION)]
    questions = [q.id for q in catalogue.questions]
    profile = InstitutionProfile(
        name=_name(rng, kind, region, index, set() if taken is None else taken),
        institution_id=f"SIM-{index + 1:04d}",
        category=kind.category,
        size_band=size,
        scope=Scope.BASIC_AND_DESIRABLE if size is not SizeBand.SMALL or rng.random() < 0.3 else Scope.BASIC,
        applicability={q: rng.random() < 0.5 for q in questions},
    )
    answers = _answers(rng, catalogue, profile, pattern, fiscal_year, detail)
    finalised = rng.random() < {Pattern.STRONG: 0.6, Pattern.AVERAGE: 0.25}.get(pattern, 0.0)
    signed_on = dt.date(fiscal_year + 1, 5, rng.randint(10, 28))
    people = rng.sample(_PEOPLE, k=3)
    signoffs = tuple(SignOff(role, name, title, signed_on) for role, (name, title) in zip(Role, people, strict=True))
    return MemberPlan(
        index=index,
        profile=profile,
        kind=kind.name,
        region=region,
        pattern=pattern,
        answers=tuple(answers),
        signoffs=signoffs if finalised else (),
        include_notes=rng.random() < 0.9,
        # Every 20th member (counting from the fourth) sends a corrected bundle later, when its
        # cycle is still open to change; a small run (5 members) has one.
        resubmits=index % 20 == 3 and not finalised and pattern is not Pattern.BARELY_STARTED and bool(answers),
    )


def plan_members(catalogue: Catalogue, seed: int, count: int, fiscal_year: int, detail: int = 4) -> list[MemberPlan]:
    taken: set[str] = set()
    return [plan_member(catalogue, seed, i, fiscal_year, taken, detail) for i in range(count)]
