"""A realistic sample institution with a partly completed assessment, for newcomers and tests."""

from __future__ import annotations

import datetime as dt
import random

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue

DEMO_PROFILE = InstitutionProfile(
    name="みなと信用組合（デモ）",
    institution_id="DEMO-0001",
    category="regional",
    size_band=SizeBand.SMALL,
    is_fmi=False,
    scope=Scope.BASIC_AND_DESIRABLE,
    applicability={
        "uses_cloud": True,
        "develops_in_house": False,
        "inhouse_forensics": False,
        "inhouse_vapt": False,
        "network_separated": True,
        "uses_wireless_lan": False,
        "uses_remote_access": True,
        "offers_online_services": True,
        "offers_24x7_services": False,
        "designated_critical_infrastructure": False,
    },
)
DEMO_FISCAL_YEAR = 2026
DEMO_CYCLE_LABEL = "2026年度"

_OWNERS = ["総務部 リスク管理課", "事務部 システム担当", "業務部", "監査室"]
# What each plan will do (issue #11 point 5). Chosen by position, not by the random generator, so
# the demo's statuses stay what they were before plans had a measure.
_MEASURES = [
    "営業店向けの手順書を作成し、全営業店で説明会を開く。",
    "外部委託先と手順を取り決め、年1回の訓練で確認する。",
    "点検表を作り、四半期ごとに担当部署が点検して理事会に報告する。",
]


def demo_answers(catalogue: Catalogue, profile: InstitutionProfile = DEMO_PROFILE) -> list[Answer]:
    """About two thirds of the applicable items answered, with every status represented.

    Seeded, so the demo (and tests built on it) are the same every time.
    """
    rng = random.Random(2026)
    items = applicable_items(catalogue, profile)
    answers: list[Answer] = []
    for index, item in enumerate(items):
        if index % 3 == 2:  # every third item still to do
            continue
        evidence = item.evidence.ja[0] + "（総務部で保管）"
        roll = rng.random() if item.is_basic else 0.3 + rng.random() * 0.7  # desirable: fewer done
        if roll < 0.45:
            answers.append(
                Answer(item.id, Status.IMPLEMENTED, notes="規程に定め、年1回見直しています。", evidence=evidence)
            )
        elif roll < 0.62:
            answers.append(
                Answer(
                    item.id,
                    Status.PARTIAL,
                    notes="本部では実施済みですが、営業店への展開が済んでいません。",
                    evidence=evidence,
                    plan=RemediationPlan(
                        owner=rng.choice(_OWNERS),
                        target_date=dt.date(DEMO_FISCAL_YEAR + 1, 3, 31),
                        priority=rng.choice(list(Priority)),
                        measure=_MEASURES[index % len(_MEASURES)],
                    ),
                )
            )
        elif roll < 0.72:
            answers.append(
                Answer(
                    item.id,
                    Status.ALTERNATIVE,
                    notes="中央機関の共同センターが提供するサービスで対応しています。",
                    justification="共同センターの監視・管理サービスの報告書を毎月受け取り、内容を確認しています。",
                )
            )
        elif roll < 0.78:
            answers.append(
                Answer(
                    item.id,
                    Status.NOT_APPLICABLE,
                    justification="当組合では該当する業務やシステムがありません。",
                )
            )
        elif roll < 0.84:
            answers.append(
                Answer(
                    item.id,
                    Status.NOT_IMPLEMENTED,
                    notes="費用対効果を検討した結果、当面は実施しないことにしました。",
                    acceptance=RiskAcceptance(
                        approved_by="理事長",
                        reason="影響が限定的で、他の対策で一定程度低減できるため。",
                        date=dt.date(DEMO_FISCAL_YEAR, 6, 20),
                    ),
                )
            )
        else:
            # Left without a plan on purpose: the demo shows open hygiene gaps.
            answers.append(
                Answer(item.id, Status.NOT_IMPLEMENTED, notes="担当者が決まっていません。", marked_for_review=True)
            )
    return answers
