"""Every word the PDF report prints, in Japanese and English.

The report is drawn by reportlab, not Qt, so it cannot use tr(): its labels live here. Terms follow
docs/glossary.md and the in-app help (for example 対応未定の不足 = open hygiene gaps);
Japanese is polite plain Japanese (です・ます). The domain's terms (statuses, priorities, the names
of the figures) and the way a rate is shown come from fsadesk.terms, so the report, the app, the
command line and the exports use the same words and the same numbers.
"""

from __future__ import annotations

import datetime as dt

from fsadesk import terms
from fsadesk.assessment.answers import Priority, Status
from fsadesk.lang import Lang

LABELS: dict[str, dict[Lang, str]] = {
    # Cover and running header
    "report_title": {"ja": "サイバーセキュリティ自己評価報告書", "en": "Cybersecurity self-assessment report"},
    "against": {"ja": "評価の基準", "en": "Assessed against"},
    "institution": {"ja": "機関名", "en": "Institution"},
    "institution_id": {"ja": "機関コード", "en": "Institution id"},
    "category": {"ja": "業態", "en": "Category"},
    "cycle": terms.WORDS["cycle"],
    "state": {"ja": "状態", "en": "State"},
    "state_open": {"ja": "作成中（確定していません）", "en": "Draft (not finalised)"},
    "state_final": {"ja": "確定済み", "en": "Finalised"},
    "as_of": {"ja": "基準日（最終更新）", "en": "As of (last change)"},
    "preparer_cover": {"ja": "作成者", "en": "Prepared by"},
    "not_recorded": {"ja": "未記録", "en": "Not recorded"},
    "guideline": {"ja": "ガイドライン", "en": "Guideline"},
    "guideline_dates": {
        "ja": "{established} 策定、{revised} 改正",
        "en": "established {established}, revised {revised}",
    },
    "guideline_established": {"ja": "{established} 策定", "en": "established {established}"},
    "catalogue": {"ja": "項目集", "en": "Catalogue"},
    "catalogue_digest": {"ja": "項目集のダイジェスト（SHA-256）", "en": "Catalogue digest (SHA-256)"},
    "catalogue_mismatch": {
        "ja": "注意：この評価年度は別の版の項目集（{version}）で作成されています。表示は現在の項目集によります。",
        "en": "Note: this cycle was created with another catalogue version ({version}); "
        "the report uses the current catalogue.",
    },
    "engine": {"ja": "集計方法の版", "en": "Scoring engine version"},
    "fingerprint": {"ja": "署名鍵のフィンガープリント", "en": "Signing-key fingerprint"},
    "software": {"ja": "作成ソフトウェア", "en": "Produced with"},
    "about": {"ja": "この報告書について", "en": "About this report"},
    "about_source": {
        "ja": "この報告書の項目名は、金融庁の「{title}」を fsadesk が独自の言葉で要約したもので、原文ではありません。"
        "正式な内容は、金融庁が公表しているガイドライン本文でご確認ください。"
        "項目番号（①②… と a, b …）はガイドラインの番号です。",
        "en": "The item titles in this report are fsadesk's own summary of the FSA's {title}, not the "
        "official text. The guideline as published by the FSA is the authority. Item labels "
        "(①②… and a, b, …) are the guideline's own.",
    },
    "about_scope": {
        "ja": "評価の対象は、この機関の業務や環境に当てはまる項目だけです。"
        "実施率は合格・不合格を決めるものではなく、課題がどこにあるかを示す目安です。",
        "en": "Only the items that apply to this institution's business and systems are assessed. "
        "The implementation rates are not a pass mark; they show where the gaps are.",
    },
    "page": {"ja": "{page} / {total}", "en": "{page} / {total}"},
    "toc": {"ja": "目次", "en": "Contents"},
    # Executive summary
    "summary": {"ja": "要旨", "en": "Executive summary"},
    "key_figures": {"ja": "主な数値", "en": "Key figures"},
    "completion": terms.WORDS["completion"],
    "completion_value": {"ja": "{rate}（{answered} / {total}）", "en": "{rate} ({answered} of {total})"},
    "basic_rate": terms.WORDS["basic_rate"],
    "desirable_rate": terms.WORDS["desirable_rate"],
    "not_assessed": terms.WORDS["not_assessed"],
    "open_gaps": terms.WORDS["open_gaps"],
    "action_items": {"ja": "改善計画の項目数", "en": "Items in the action plan"},
    "review_items": {"ja": "見直しの印がついた項目", "en": "Items marked for review"},
    "count": {"ja": "{n} 件", "en": "{n}"},
    "in_words": {"ja": "評価の概要", "en": "In plain words"},
    "s_completion": {
        "ja": "{name}に当てはまる {total} 項目のうち、{answered} 項目に回答しています。回答済みの割合は {rate} です。",
        "en": "{answered} of the {total} items that apply to {name} have an answer ({rate}).",
    },
    "s_rates": {
        "ja": "実施率は、基本的な対応事項が {basic}、対応が望ましい事項が {desirable} です。",
        "en": "The implementation rate is {basic} for basic response items and {desirable} for "
        "desirable response items.",
    },
    "s_rates_basic_only": {
        "ja": "基本的な対応事項の実施率は {basic} です（対応が望ましい事項は評価の対象外です）。",
        "en": "The implementation rate of basic response items is {basic} (desirable response items are not assessed).",
    },
    "s_gaps": {
        "ja": "基本的な対応事項のうち、一部実施または未実施で、改善計画もリスクの受容も決まっていない項目"
        "（対応未定の不足）が {n} 件あります。",
        "en": "{n} basic response items are partially implemented or not implemented and have neither "
        "a remediation plan nor a risk acceptance (open hygiene gaps).",
    },
    "s_no_gaps": {
        "ja": "基本的な対応事項の不足には、すべて改善計画またはリスクの受容があります。",
        "en": "Every gap in the basic response items has a remediation plan or a risk acceptance.",
    },
    "s_lowest": {
        "ja": "基本的な対応事項の実施率がもっとも低い分野は「{domain}」（{rate}）です。",
        "en": "The domain with the lowest basic implementation rate is {domain} ({rate}).",
    },
    "next_steps": {"ja": "次に行うこと", "en": "What to do next"},
    "n_gaps": {
        "ja": "対応未定の不足 {n} 件について、担当者と完了予定日を決めるか、"
        "経営陣の承認を得てリスクの受容を記録してください。",
        "en": "For the {n} open hygiene gaps, name an owner and a target date, or record a risk "
        "acceptance approved by senior management.",
    },
    "n_unanswered": {"ja": "未回答の {n} 項目に回答してください。", "en": "Answer the {n} items still unanswered."},
    "n_overdue": {
        "ja": "完了予定日を過ぎた改善計画が {n} 件あります。進み具合を確認してください。",
        "en": "{n} remediation plans are past their target date. Check how they are progressing.",
    },
    "n_review": {
        "ja": "見直しの印がついた {n} 項目を確認し、今も正しければ印を外してください。",
        "en": "Check the {n} items marked for review and clear the mark where the answer is still true.",
    },
    "n_signoff": {
        "ja": "内容を確認したら、作成者・確認者・承認者の署名を記録し、評価を確定してください。",
        "en": "Once the content is checked, record the preparer's, reviewer's and approver's sign-off "
        "and finalise the assessment.",
    },
    # A finalised cycle is locked: what is still open is taken up in the next cycle, so its report
    # never asks to answer, unmark or plan in this one (issue #11 point 1).
    "n_next_cycle": {
        "ja": "この評価年度は確定しているため、回答はもう変更できません。"
        "残っている点は、次の評価年度で対応してください。",
        "en": "This cycle is finalised, so its answers can no longer change. "
        "Take up what is still open in the next cycle.",
    },
    "n_gaps_final": {
        "ja": "対応未定の不足 {n} 件は、次の評価年度で担当者と完了予定日を決めるか、"
        "経営陣の承認を得てリスクの受容を記録してください。",
        "en": "For the {n} open hygiene gaps, name an owner and a target date in the next cycle, or record "
        "a risk acceptance approved by senior management there.",
    },
    "n_unanswered_final": {
        "ja": "未回答のまま確定した {n} 項目は、次の評価年度で回答してください。",
        "en": "{n} items were finalised unanswered: answer them in the next cycle.",
    },
    "n_review_final": {
        "ja": "見直しの印が残る {n} 項目は、次の評価年度で確認してください。",
        "en": "Check the {n} items still marked for review in the next cycle.",
    },
    "state_final_open": {
        "ja": "未完了の項目を残したまま確定（理由は要旨に記載）",
        "en": "finalised with points still open; the reason is in the executive summary",
    },
    "n_nothing": {
        "ja": "いま必要な対応はありません。次の評価まで、改善計画の進み具合を定期的に確認してください。",
        "en": "Nothing needs doing now. Check the progress of remediation plans regularly until the next cycle.",
    },
    "chart_title": {"ja": "分野別の実施率", "en": "Implementation rate by domain"},
    "basic": terms.WORDS["basic"],
    "desirable": terms.WORDS["desirable"],
    "basic_short": terms.WORDS["basic_short"],
    "desirable_short": terms.WORDS["desirable_short"],
    "domain": terms.WORDS["domain"],
    "answered": {"ja": "回答", "en": "Answered"},
    "overall": terms.WORDS["overall"],
    # Results
    "results": {"ja": "分野別の評価結果", "en": "Results by domain"},
    "results_intro": {
        "ja": "この機関に当てはまる項目を、ガイドラインの順に示します。①②… は基本的な対応事項、"
        "a, b … は対応が望ましい事項です。",
        "en": "The items that apply to this institution, in the guideline's order. ①②… are basic "
        "response items, a, b, … desirable response items.",
    },
    "domain_line": {
        "ja": "回答 {answered} / {total} 項目 · 基本 {basic} · 望ましい {desirable} · 対応未定の不足 {gaps} 件",
        "en": "Answered {answered} of {total} · basic {basic} · desirable {desirable} · open gaps {gaps}",
    },
    "col_item": {"ja": "項目", "en": "Item"},
    "col_title": {"ja": "項目名", "en": "Title"},
    "col_status": {"ja": "回答", "en": "Status"},
    "col_notes": {"ja": "メモ", "en": "Notes"},
    "marked": {"ja": "※見直し", "en": "※ review"},
    # Lists
    "gaps_section": terms.WORDS["open_gaps"],
    "gaps_intro": {
        "ja": "基本的な対応事項のうち、一部実施または未実施で、改善計画（担当者と完了予定日）も"
        "経営陣が承認したリスクの受容もない項目です。まずここを0件にすることを目指してください。",
        "en": "Basic response items answered Partially implemented or Not implemented that have neither "
        "a remediation plan (owner and target date) nor a risk acceptance approved by senior management. "
        "Aim to bring this list to zero first.",
    },
    "plan_section": terms.WORDS["action_plan"],
    "plan_intro": {
        "ja": "一部実施または未実施の項目すべてと、その改善計画（実施する対策・担当者・完了予定日・優先度）です。"
        "対応未定の不足を先頭に、優先度、完了予定日の順に並べています。リスクを受容した項目には優先度はありません。",
        "en": "Every item answered Partially implemented or Not implemented, with its remediation plan (what "
        "will be done, owner, target date, priority): open hygiene gaps first, then by priority and target "
        "date. Items whose risk is accepted have no priority.",
    },
    "col_measure": terms.WORDS["plan_measure"],
    "col_owner": {"ja": "担当者", "en": "Owner"},
    "col_target": {"ja": "完了予定日", "en": "Target date"},
    "col_priority": {"ja": "優先度", "en": "Priority"},
    "col_plan_state": {"ja": "状況", "en": "State"},
    "plan_open": {"ja": "対応未定", "en": "Open gap"},
    "plan_accepted": {"ja": "リスクを受容", "en": "Risk accepted"},
    "plan_planned": {"ja": "計画あり", "en": "Planned"},
    "plan_incomplete": {"ja": "計画が未完成", "en": "Plan incomplete"},
    "justif_section": {"ja": "該当なし・代替策の理由", "en": "Not applicable and alternative measures"},
    "justif_intro": {
        "ja": "「該当なし」とした理由と、「代替策で対応」とした対策の内容です。",
        "en": "Why items were answered Not applicable, and how each alternative measure meets the aim.",
    },
    "col_justification": {"ja": "理由・代替策の内容", "en": "Reason or measure"},
    "accept_section": {"ja": "リスクの受容", "en": "Risk acceptances"},
    "accept_intro": {
        "ja": "対策をとらずにリスクを受け入れると経営陣が承認した項目です（ガイドライン 2.2.2.3 ②）。",
        "en": "Items where senior management approved living with the risk instead of acting (guideline 2.2.2.3 ②).",
    },
    "col_approver": {"ja": "承認者", "en": "Approved by"},
    "col_date": {"ja": "日付", "en": "Date"},
    "col_reason": {"ja": "理由", "en": "Reason"},
    "review_section": {"ja": "見直しの印がついた項目", "en": "Items marked for review"},
    "review_intro": {
        "ja": "あとで確認する、またはほかの人に聞くために印をつけた項目です。"
        "前年度から引き継いだ回答にも、この印がついています。",
        "en": "Items marked to come back to or to ask someone about. Answers carried over from the "
        "previous cycle carry this mark too.",
    },
    "none": {"ja": "該当なし。", "en": "None."},  # an empty list: one line (pdf_tables._section)
    # Appendix: evidence
    "evidence_section": {"ja": "付録：証跡", "en": "Appendix: evidence"},
    "evidence_intro": {
        "ja": "各項目の取組みを示す規程・記録・報告書など、この機関が証跡として記録したものです。",
        "en": "The policies, records and reports this institution recorded as evidence for each item.",
    },
    "evidence_withheld": {
        "ja": "この報告書は、メモ・証跡・理由を含めない設定で作成したため、証跡を記載していません。",
        "en": "This report was made without notes, evidence and reasons, so no evidence is shown.",
    },
    "col_evidence": {"ja": "証跡", "en": "Evidence"},
    # Technical page
    "technical_section": {"ja": "技術情報", "en": "Technical details"},
    "technical_intro": {
        "ja": "この報告書を作成したデータとソフトウェアの情報です。中央機関などが、受け取ったファイルを"
        "確かめるときに使います。",
        "en": "What this report was made from and with. The central organisation or an auditor uses these "
        "details to check the files they receive.",
    },
    # Comparison
    "compare_section": {"ja": "前回の評価との比較", "en": "Comparison with the previous cycle"},
    "compare_intro": {
        "ja": "前回の評価（{previous}）と比べた変化です。どちらも現在の項目集と機関の情報で集計しています。",
        "en": "Changes since the previous cycle ({previous}). Both are scored with the current catalogue "
        "and institution profile.",
    },
    "compare_counts": {
        "ja": "良くなった項目 {improved} 件、悪くなった項目 {worsened} 件、そのほかの変更 {changed} 件です。",
        "en": "{improved} items improved, {worsened} worsened, and {changed} changed in other ways.",
    },
    "col_previous": {"ja": "前回", "en": "Previous"},
    "col_current": {"ja": "今回", "en": "Now"},
    "col_change": {"ja": "変化", "en": "Change"},
    "col_basic_rate": terms.WORDS["basic_rate_short"],
    "col_desirable_rate": terms.WORDS["desirable_rate_short"],
    "col_open_gaps": terms.WORDS["open_gaps_short"],
    "changed_items": {"ja": "回答が変わった項目", "en": "Items whose answer changed"},
    "dir_improved": {"ja": "良くなった", "en": "Improved"},
    "dir_worsened": {"ja": "悪くなった", "en": "Worsened"},
    "dir_changed": {"ja": "変更", "en": "Changed"},
    # Sign-off
    "signoff_section": {"ja": "確認と承認", "en": "Sign-off"},
    "signoff_intro": {
        "ja": "この報告書の内容を確認し、以下のとおり承認します。",
        "en": "We have reviewed this report and sign it off as follows.",
    },
    "sign_name": {"ja": "氏名", "en": "Name"},
    "sign_title": {"ja": "役職", "en": "Role"},
    "sign_date": {"ja": "日付", "en": "Date"},
    "sign_signature": {"ja": "署名・押印", "en": "Signature"},
    "submitted_received": {
        "ja": "提出済み：{organisation}が {date} に受領しました。",
        "en": "Submitted and received by {organisation} on {date}.",
    },
}


def t(key: str, lang: Lang, **values: object) -> str:
    """The label `key` in `lang`, with {placeholders} filled in."""
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def status_label(status: Status, lang: Lang) -> str:
    return terms.status_name(status, lang)


def priority_label(priority: Priority | None, lang: Lang) -> str:
    return terms.priority_name(priority, lang, none="—")


def percent(rate: float | None) -> str:
    """fsadesk's one rule (terms.percent): 0.625 -> '63%'; None (nothing assessed) -> '—'."""
    return terms.percent(rate)


def day(value: dt.date | None, lang: Lang = "en") -> str:
    """fsadesk's one rule (terms.date_text): 2027/03/31 in Japanese, 2027-03-31 in English.
    Pass the page's language; without one the date is ISO (what every caller printed before)."""
    return terms.date_text(value, lang)
