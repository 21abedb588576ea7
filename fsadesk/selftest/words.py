"""What `fsadesk self-test` prints, in Japanese and English (the command line's --lang).

The command line writes its other messages in English; the self-test is read by the person who
unpacked the package, often in a member institution's office, so its lines follow --lang like the
reports do (Japanese unless --lang en)."""

from __future__ import annotations

from fsadesk.lang import Lang

# Each step's name, as printed after "ok" or in the failure line.
STEP_NAMES: dict[str, dict[Lang, str]] = {
    "catalogue": {"ja": "項目集", "en": "catalogue"},
    "workspace": {"ja": "ワークスペース", "en": "workspace"},
    "report-ja": {"ja": "報告書（日本語）", "en": "report ja"},
    "report-en": {"ja": "報告書（英語）", "en": "report en"},
    "bundle": {"ja": "提出用ファイル", "en": "bundle"},
    "central": {"ja": "中央機関の受け付け", "en": "central intake"},
    "window": {"ja": "画面", "en": "window"},
}

TEXTS: dict[str, dict[Lang, str]] = {
    "catalogue": {
        "ja": "{id} {version} sha256 {digest}（{items} 項目）",
        "en": "{id} {version} sha256 {digest} ({items} items)",
    },
    "workspace": {"ja": "作成して {answers} 項目に回答", "en": "created, {answers} items answered"},
    "report": {
        "ja": "{pages} ページ、日本語フォント {font} 埋め込み済み",
        "en": "{pages} pages, Japanese font {font} embedded",
    },
    "bundle": {"ja": "署名して検証済み（{size:,} バイト）", "en": "signed and verified ({size:,} bytes)"},
    "central": {
        "ja": "暗号化したファイルを受け付け、受領証をワークスペースに取り込み済み",
        "en": "encrypted bundle accepted, receipt imported by the member",
    },
    "window": {
        "ja": "{width}×{height} で描画、日本語表示「{shown}」",
        "en": "painted at {width}×{height}, Japanese shown: “{shown}”",
    },
    "passed": {"ja": "自己診断はすべて成功しました（{seconds:.1f} 秒）。", "en": "Self-test passed ({seconds:.1f} s)."},
    "failed": {
        "ja": "自己診断は「{step}」の段階で失敗しました：{reason}",
        "en": "Self-test failed at the step “{step}”: {reason}",
    },
    "kept": {"ja": "自己診断に使ったフォルダー：{folder}", "en": "Files of the self-test: {folder}"},
}


def step_name(step: str, lang: Lang) -> str:
    return STEP_NAMES[step][lang]


def text(key: str, lang: Lang, **values: object) -> str:
    return TEXTS[key][lang].format(**values)
