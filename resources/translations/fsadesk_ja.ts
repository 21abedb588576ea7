<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../fsadesk/ui/about_dialog.py" line="+59"/>
        <source>About fsadesk</source>
        <translation>fsadesk について</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portable: beside the program, in its fsadesk-data folder</source>
        <translation>ポータブル：プログラムと同じ場所の fsadesk-data フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-user: in your own user folder on this PC</source>
        <translation>ユーザーごと：このパソコンのあなたのユーザーフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder chosen when fsadesk was started</source>
        <translation>fsadesk の起動時に指定されたフォルダー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline catalogue:</source>
        <translation>項目一覧（ガイドライン）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue digest:</source>
        <translation>項目一覧のハッシュ値：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring engine:</source>
        <translation>点数計算のしくみ（版）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key fingerprint:</source>
        <translation>署名鍵のフィンガープリント：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your data lives:</source>
        <translation>データの保存場所：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>データフォルダー：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file:</source>
        <translation>設定ファイル：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings:</source>
        <translation>画面の設定：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>ログファイル：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything stays on this PC: fsadesk never connects to the internet.</source>
        <translation>データはすべてこのパソコンの中にあります。fsadesk がインターネットに接続することはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Licences of the software and fonts included in fsadesk:</source>
        <translation>fsadesk に含まれるソフトウェアとフォントのライセンス(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <location filename="../../fsadesk/ui/action_plan_model.py" line="+55"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>項目名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be done</source>
        <translation>実施する対策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk acceptance</source>
        <translation>リスクの受容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done is too long (at most {limit} characters). Nothing was saved; please shorten it.</source>
        <translation>実施する対策が長すぎます（{limit}文字まで）。保存していません。短くしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open gap: enter an owner and a target date, or record a risk acceptance on the item.</source>
        <translation>対応未定の不足です。担当者と完了予定日を入力するか、項目の画面でリスクの受容を記録してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The owner is too long (at most {limit} characters). Nothing was saved; please shorten it.</source>
        <translation>担当者が長すぎます（{limit}文字まで）。保存していません。短くしてください。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../fsadesk/ui/controller.py" line="+70"/>
        <location line="+86"/>
        <location line="+14"/>
        <source>The workspace cannot be opened</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+4"/>
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This folder does not hold an fsadesk workspace.</source>
        <translation>このフォルダーには fsadesk のワークスペースがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the workspace…</source>
        <translation>ワークスペースを開いています…</translation>
    </message>
</context>
<context>
    <name>ApplicabilityPage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_pages.py" line="+324"/>
        <source>About your systems</source>
        <translation>業務とシステムについて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer every question with Yes or No. Your answers decide which items apply.</source>
        <translation>すべての質問に「はい」か「いいえ」で答えてください。回答によって、評価する項目が決まります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{total}問中{answered}問に回答済み</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Question {number} is not answered yet. Please choose Yes or No to go on.</source>
        <translation>質問{number}にまだ答えていません。「はい」か「いいえ」を選ぶと次へ進めます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions still to answer: {left}. Please answer every question to go on.</source>
        <translation>未回答の質問が{left}問あります。すべての質問に答えると次へ進めます。</translation>
    </message>
</context>
<context>
    <name>BenchmarkActions</name>
    <message>
        <location filename="../../fsadesk/ui/benchmark_import.py" line="+60"/>
        <source>Impor&amp;t benchmark pack…</source>
        <translation>ベンチマークファイルの読み込み(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your central organisation&apos;s anonymised figures of its members (.fsbp): see how your rates compare with similar institutions.</source>
        <translation>中央機関が会員の回答を機関名がわからない形でまとめた資料（.fsbp）です。同じような機関と実施率を比べられます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import benchmark pack</source>
        <translation>ベンチマークファイルの読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark packs (*.fsbp);;All files (*)</source>
        <translation>ベンチマークファイル (*.fsbp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported the benchmark pack of %1 for %2 (made on %3).</source>
        <translation>%1のベンチマークファイル（%2、%3作成）を読み込みました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your summary page and board report now show where you stand.</source>
        <translation>評価結果のまとめと報告書に、自金融機関の位置が表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the pack was computed against another edition of the guideline catalogue (%1) than this assessment uses; compare item by item only as a guide.</source>
        <translation>注意：この資料は、この評価とは別の版の項目集（%1）で集計されています。項目ごとの比較は目安としてご覧ください。</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/benchmark_dialog.py" line="+71"/>
        <source>Benchmark pack</source>
        <translation>ベンチマークファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark pack lets each member compare its results with institutions like itself. It holds only counts, shares and quartiles per peer group, domain and basic item: no names, codes or notes. Groups and figures of fewer members than the minimum below are left out, so that no member can be recognised. fsadesk signs the pack with the organisation&apos;s key.</source>
        <translation>ベンチマークファイルを使うと、各会員は自分の結果を同じような金融機関と比べられます。入るのは、比較グループ・分野・基本的な対応事項ごとの件数、割合、四分位数だけで、名称・コード・メモは入りません。下の最小数より少ない会員から出た比較グループや数値は載せないので、どの会員のものかは分かりません。fsadesk が中央機関の鍵で署名します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> members</source>
        <translation> 会員</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign:</source>
        <translation>提出依頼:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the pack as:</source>
        <translation>ベンチマークファイルの保存先(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Minimum group size:</source>
        <translation>比較グループの最小会員数(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation&apos;s &amp;passphrase:</source>
        <translation>中央機関のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>&amp;Write the pack</source>
        <translation>作成して保存(&amp;W)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the benchmark pack</source>
        <translation>ベンチマークファイルの保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmark packs (*.fsbp)</source>
        <translation>ベンチマークファイル (*.fsbp)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say where the benchmark pack should be saved.</source>
        <translation>ベンチマークファイルの保存先を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 does not exist. Choose where to save the benchmark pack.</source>
        <translation>フォルダー %1 がありません。ベンチマークファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the organisation&apos;s passphrase: it signs the benchmark pack.</source>
        <translation>中央機関のパスフレーズを入力してください。ベンチマークファイルの署名に使います。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Benchmark pack saved</source>
        <translation>ベンチマークファイルを保存しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The benchmark pack was not written.</source>
        <translation>ベンチマークファイルを作成できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The benchmark pack is saved as %1.

Figures are given for %2 peer groups. %3 groups are left out: they have fewer than %4 members, or their figures would let those of a smaller group be worked out. %5 figures of the published groups are left out for the same reasons.

Send this file to every member. Each member opens fsadesk and chooses File ▸ Import benchmark pack… to compare its results with its peers.</source>
        <translation>ベンチマークファイルを %1 に保存しました。

数値を載せた比較グループは %2 グループです。ほかの %3 グループは載せていません。会員が %4 より少ないか、その数値から、より小さいグループの数値が分かってしまうためです。載せた比較グループでも、同じ理由で %5 個の数値を載せていません。

このファイルをすべての会員に送ってください。各会員は fsadesk を開いて「ファイル ▸ ベンチマークファイルの読み込み…」を選ぶと、自分の結果を同じような金融機関と比べられます。</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <location filename="../../fsadesk/ui/campaign_dialogs.py" line="+60"/>
        <source>received after the deadline</source>
        <translation>締切の後に届いた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scores in the bundle differ from the ones worked out again from the answers</source>
        <translation>提出用ファイルの点数が、回答から計算し直した点数と違う</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made with another version of fsadesk&apos;s scoring</source>
        <translation>別の版の fsadesk の採点で作られた</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import c&amp;ampaign file…</source>
        <translation>提出依頼ファイルの読み込み(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file from your central organisation that says what to submit and by when (.fsac).</source>
        <translation>中央機関から届く、何をいつまでに提出するかを伝えるファイル（.fsac）です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;receipt…</source>
        <translation>受領証の読み込み(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central organisation&apos;s signed word that it received your bundle (.fsar).</source>
        <translation>中央機関が提出用ファイルを受け取ったことを示す、署名つきのファイル（.fsar）です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import campaign file</source>
        <translation>提出依頼ファイルの読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign files (*.fsac);;All files (*)</source>
        <translation>提出依頼ファイル (*.fsac);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another organisation</source>
        <translation>別の組織からのファイル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import receipt</source>
        <translation>受領証の読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts (*.fsar);;All files (*)</source>
        <translation>受領証 (*.fsar);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submitted: %1 received the bundle of %2 on %3.</source>
        <translation>提出済み：%1が %3 に%2の提出用ファイルを受領しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They noted: %1.</source>
        <translation>中央機関からの注記：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This campaign file is signed by %1 with the key
%2

but this workspace already holds a campaign file of %3 (key %4).

Import it only if %1 has confirmed this key to you by telephone or on paper. Import it?</source>
        <translation>この提出依頼ファイルは、%1が次の鍵で署名したものです。
%2

このワークスペースには、すでに%3の提出依頼ファイル（鍵 %4）があります。

%1からこの鍵を電話や書面で確認できた場合にだけ読み込んでください。読み込みますか？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported the campaign of %1:
%2
Deadline: %3</source>
        <translation>%1の提出依頼を読み込みました：
%2
締切：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first campaign file with this key. Compare its fingerprint with the one %1 gives you by telephone or on paper:
%2</source>
        <translation>この鍵の提出依頼ファイルは初めてです。次のフィンガープリントを、%1から電話や書面で伝えられたものと照らし合わせてください：
%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: this campaign asks for answers against another edition of the guideline catalogue (%1) than this assessment uses (%2). Ask %3 before you export.</source>
        <translation>注意：この提出依頼は、この評価で使っている項目一覧（%2）とは別の版（%1）での回答を求めています。書き出す前に%3に確認してください。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/campaign_dialog.py" line="+68"/>
        <source>New campaign</source>
        <translation>新しい提出依頼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A campaign tells your members what to submit and by when. fsadesk signs it with the organisation&apos;s key and writes a campaign file (.fsac) for you to send them.</source>
        <translation>提出依頼は、何をいつまでに提出してほしいかを会員に伝えるものです。fsadesk が中央機関の鍵で署名し、会員に送る提出依頼ファイル（.fsac）を作ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example: FY2026 cybersecurity self-assessment</source>
        <translation>例: 2026年度 サイバーセキュリティ自己評価</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>campaign</source>
        <translation>提出依頼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>題名(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycle name:</source>
        <translation>年度の名前(&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>締切(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline item list:</source>
        <translation>ガイドラインの項目一覧:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the campaign file as:</source>
        <translation>提出依頼ファイルの保存先(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation&apos;s &amp;passphrase:</source>
        <translation>中央機関のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create and save</source>
        <translation>作成して保存(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+82"/>
        <source>Save the campaign file</source>
        <translation>提出依頼ファイルの保存</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Campaign files (*.fsac)</source>
        <translation>提出依頼ファイル (*.fsac)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Say where the campaign file should be saved.</source>
        <translation>提出依頼ファイルの保存先を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 does not exist. Choose where to save the campaign file.</source>
        <translation>フォルダー %1 がありません。提出依頼ファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the campaign a title, for example the year and what is asked.</source>
        <translation>提出依頼の題名を入力してください（例: 年度と依頼の内容）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the cycle a name, for example 2026年度.</source>
        <translation>年度の名前を入力してください（例: 2026年度）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the deadline: the last day members may submit.</source>
        <translation>締切（会員が提出できる最後の日）を選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the organisation&apos;s passphrase: it signs the campaign file.</source>
        <translation>中央機関のパスフレーズを入力してください。提出依頼ファイルの署名に使います。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A campaign with this id already exists. Try again.</source>
        <translation>同じ番号の提出依頼がすでにあります。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The campaign file was not saved</source>
        <translation>提出依頼ファイルを保存できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is stored, but its file could not be saved to %1. Choose another place.</source>
        <translation>提出依頼は記録しましたが、ファイルを %1 に保存できませんでした。別の保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign created</source>
        <translation>提出依頼を作成しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The campaign file is saved as %1.

Send this file to every member (by e-mail or on a USB stick). Each member opens fsadesk and chooses File ▸ Import campaign file…, then exports its assessment as usual by %2: the submission file is then encrypted for you. Bring the members&apos; submission files into the Intake of submissions view, choosing this campaign.</source>
        <translation>提出依頼ファイルを %1 に保存しました。

このファイルをすべての会員に送ってください（メールまたはUSBメモリで）。各会員は fsadesk を開いて「ファイル ▸ 提出依頼ファイルの読み込み…」を選び、%2 までにいつもどおり評価結果を書き出します。提出用ファイルは中央機関あてに暗号化されます。届いた提出用ファイルは、「提出物の受付」画面でこの提出依頼を選んで取り込んでください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New campaign…</source>
        <translation>新しい提出依頼(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../fsadesk/ui/central/window.py" line="+96"/>
        <source>The campaigns sent to members: what to submit, and by when.</source>
        <translation>会員に送った提出依頼です（何を、いつまでに提出するか）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign ID</source>
        <translation>提出依頼ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>提出期限</translation>
    </message>
</context>
<context>
    <name>CentralError</name>
    <message>
        <location filename="../../fsadesk/ui/central/words.py" line="+19"/>
        <source>The central database was not found there. Check the file or server address.</source>
        <translation>指定の場所に中央機関のデータベースがありません。ファイルまたはサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A central database already exists there. Open it instead, or choose another place.</source>
        <translation>その場所には既に中央機関のデータベースがあります。それを開くか、別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a central organisation&apos;s database. Choose the right file or server.</source>
        <translation>これは中央機関のデータベースではありません。正しいファイルまたはサーバーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central database is damaged. Restore it from its latest backup.</source>
        <translation>中央機関のデータベースが壊れています。最新のバックアップから戻してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central database was made by a newer fsadesk. Install the newer fsadesk to open it.</source>
        <translation>中央機関のデータベースは新しい版の fsadesk で作られています。新しい fsadesk を入れてから開いてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central database could not be brought up to date. It was left as it was; a backup is beside it.</source>
        <translation>中央機関のデータベースを最新の形式にできませんでした。データベースは元のままで、同じ場所にバックアップがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server cannot be reached. Check the address, the user name and the password, and that the server is running.</source>
        <translation>データベースサーバーに接続できません。アドレス、ユーザー名、パスワードと、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is neither a file name nor a server address fsadesk can use.</source>
        <translation>fsadesk が使えるファイル名でもサーバーのアドレスでもありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This institution is not enrolled.</source>
        <translation>この会員は登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key is not registered.</source>
        <translation>この鍵は登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key is already registered for another institution. Ask the member which institution it belongs to before going on.</source>
        <translation>この鍵は既に別の会員の鍵として登録されています。どの会員の鍵なのかを会員に確認してから進めてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This institution already has an active key. To replace it, use Rotate key… on its row.</source>
        <translation>この会員には既に有効な鍵があります。取り替えるには、その行を選んで「鍵の更新…」を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key was revoked or retired; it cannot be enrolled again. Ask the member for a new one.</source>
        <translation>この鍵は失効または引退済みのため、もう一度登録することはできません。会員に新しい鍵を依頼してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value entered was not accepted: it is empty or too long.</source>
        <translation>入力した値を受け付けられませんでした。空欄か、長すぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No campaign with this identifier is held in the central database. Check the campaign.</source>
        <translation>この識別子の提出依頼は中央のデータベースにありません。提出依頼を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A campaign with this identifier already exists. Choose another identifier.</source>
        <translation>この識別子の提出依頼はすでにあります。別の識別子にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice data could not be made there: the folder cannot be used or a value is out of range. Nothing was written.</source>
        <translation>練習用データを作れませんでした。フォルダーが使えないか、値が範囲外です。何も書き込んでいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not written: a filter or value is not valid, or the file cannot go there. Nothing was written.</source>
        <translation>集計報告を書き出せませんでした。絞り込みの条件や値が正しくないか、その場所には保存できません。ファイルは作られていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The benchmark pack was not written: the campaign was set on a catalogue this version of fsadesk does not know. Use the fsadesk version the campaign was created with.</source>
        <translation>ベンチマークファイルを作成できませんでした。この提出依頼は、この版の fsadesk が知らないガイドラインの項目一覧で作られています。提出依頼を作ったときの版の fsadesk を使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file with this name exists already. Choose another name, or allow replacing it.</source>
        <translation>同じ名前のファイルがすでにあります。別の名前を選ぶか、置き換えを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum group size must be 2 or more. Nothing was written.</source>
        <translation>比較グループの最小会員数は 2 以上にしてください。何も作成していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central database could not do this.</source>
        <translation>中央機関のデータベースでこの操作ができませんでした。</translation>
    </message>
</context>
<context>
    <name>CentralPassphrase</name>
    <message>
        <location filename="../../fsadesk/ui/central/passphrase.py" line="+25"/>
        <source>That passphrase is not correct. Type the central organisation&apos;s passphrase again, taking care of capital letters.</source>
        <translation>パスフレーズが正しくありません。大文字と小文字の違いに気をつけて、中央機関のパスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Central organisation&apos;s passphrase</source>
        <translation>中央機関のパスフレーズ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The passphrase field is empty. Type the central organisation&apos;s passphrase.</source>
        <translation>パスフレーズが入力されていません。中央機関のパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>CentralSetupDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/setup.py" line="+209"/>
        <source>Set up the central organisation</source>
        <translation>中央機関の設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fsadesk keeps your members, their keys and their submissions in one database. Most organisations keep it as a file on this PC; several staff can share one on a database server.</source>
        <translation>fsadesk は会員、会員の鍵、提出物を1つのデータベースに保存します。多くの場合はこのPC上のファイルで十分です。複数の担当者で共有する場合はデータベースサーバーに置けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation &amp;name:</source>
        <translation>機関名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;file on this PC (the usual choice)</source>
        <translation>このPC上のファイル（通常はこちら）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database &amp;server (PostgreSQL)</source>
        <translation>データベースサーバー（PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>サーバーのアドレス(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server pass&amp;word:</source>
        <translation>サーバーのパスワード(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the &amp;keys:</source>
        <translation>鍵を保存するフォルダー(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation&apos;s keys sign campaign files and receipts, and open encrypted submissions. The folder must be new or empty. Back it up (for example to a USB stick kept in the safe).</source>
        <translation>機関の鍵は、提出依頼ファイルと受領証に署名し、暗号化された提出物を開くのに使います。フォルダーは新しいものか空のものにしてください。バックアップを取り（たとえば金庫に保管するUSBメモリーに）、大切に保管してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a passphrase for the organisation&apos;s keys. Anyone who knows it can sign receipts in your organisation&apos;s name. Choose at least 8 characters. Nobody can recover a forgotten passphrase, not even fsadesk: write it down and keep the paper locked away.</source>
        <translation>機関の鍵のパスフレーズを決めてください。パスフレーズを知っている人は、誰でも貴機関の名前で受領証に署名できます。8文字以上にしてください。忘れたパスフレーズは fsadesk でも元に戻せません。紙に書いて、鍵のかかる場所に保管してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>パスフレーズ（確認）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central organisation is ready. Its signing key&apos;s fingerprint is:</source>
        <translation>中央機関の準備ができました。署名鍵のフィンガープリントは次のとおりです：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this fingerprint to your members by telephone or on paper (not only by e-mail): when they import your campaign file, they compare it with what fsadesk shows them.</source>
        <translation>このフィンガープリントを、電話または紙で会員に伝えてください（メールだけにはしないでください）。会員は提出依頼ファイルを読み込むとき、fsadesk に表示されるものと照らし合わせます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Organisation and database</source>
        <translation>1. 機関とデータベース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Passphrase</source>
        <translation>2. パスフレーズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Ready</source>
        <translation>3. 完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open the window</source>
        <translation>画面を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Where should the database go?</source>
        <translation>データベースの保存場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database (*.sqlite)</source>
        <translation>データベース (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the keys</source>
        <translation>鍵を保存するフォルダー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say where the database should go.</source>
        <translation>データベースの保存場所を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which folder the keys should go in.</source>
        <translation>鍵を保存するフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The two passphrases are not the same.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
</context>
<context>
    <name>CentralStart</name>
    <message>
        <location filename="../../fsadesk/ui/central/start.py" line="+109"/>
        <source>Password for the database server %1:</source>
        <translation>データベースサーバー %1 のパスワード：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The central database %1 could not be opened.</source>
        <translation>中央機関のデータベース %1 を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../fsadesk/ui/central/window.py" line="+96"/>
        <source>%1 — central organisation — %2 — fsadesk</source>
        <translation>%1 — 中央機関 — %2 — fsadesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>（名称なし）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>会員(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intake of submissions</source>
        <translation>提出物の受付(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns</source>
        <translation>提出依頼(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashbo&amp;ard</source>
        <translation>ダッシュボード(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../fsadesk/ui/profile_wizard.py" line="+77"/>
        <source>What changes</source>
        <translation>変わること</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Finish to save the new profile, or Back to change it.</source>
        <translation>「完了」を押すと新しい内容を保存します。直すときは「戻る」を押してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The items to assess stay the same ({count}).</source>
        <translation>評価する項目は変わりません（{count}項目）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to assess: {before} before, {after} now.</source>
        <translation>評価する項目：変更前 {before}項目、変更後 {after}項目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items are added to your assessment.</source>
        <translation>{count}項目が評価に加わります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} items no longer apply. Answers you gave to them are kept, and come back if they apply again.</source>
        <translation>{count}項目は対象外になります。それらの項目への回答は消さずに残し、再び対象になったときに戻ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments already signed off and finalised keep the profile they were signed off under.</source>
        <translation>承認して確定済みの評価は、承認したときの内容のまま変わりません。</translation>
    </message>
</context>
<context>
    <name>ChartNumbers</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/numbers.py" line="+159"/>
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers</source>
        <translation>数値(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy tab&amp;le</source>
        <translation>表をコピー(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the numbers as tab-separated text, to paste into a spreadsheet</source>
        <translation>数値をタブ区切りの文字としてコピーします。表計算ソフトに貼り付けられます</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n 行をコピーしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingView</name>
    <message>
        <location filename="../../fsadesk/ui/central/window.py" line="-137"/>
        <source>This part is coming in a later version of fsadesk.</source>
        <translation>この機能は fsadesk の今後の版で加わります。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../fsadesk/ui/compare_dialog.py" line="+140"/>
        <source>Compare cycles</source>
        <translation>年度の比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earlier cycle:</source>
        <translation>比較元の年度(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later cycle:</source>
        <translation>比較先の年度(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By domain</source>
        <translation>分野別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic response items: implementation rate</source>
        <translation>基本的な対応事項の実施率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable response items: implementation rate</source>
        <translation>対応が望ましい事項の実施率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open gaps (basic items)</source>
        <translation>対応未定の不足（基本的な対応事項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>比較元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>比較先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also changed</source>
        <translation>ほかに変わった内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to item</source>
        <translation>項目へ移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the assessment (Enter or double-click)</source>
        <translation>選択した項目を評価の画面で開きます（Enter キーまたはダブルクリック）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing needs two cycles</source>
        <translation>比較には二つの年度が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start next year&apos;s cycle…</source>
        <translation>翌年度の評価を開始(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workspace has one assessment cycle so far ({label}). Once next year&apos;s cycle has started, you can compare the two here: which items improved or worsened, and how each domain&apos;s figures moved.

To start it, choose “Start next year&apos;s cycle…” in the File menu. This year&apos;s answers can be copied as a starting point, so that you only need to review what has changed.</source>
        <translation>このワークスペースには、まだ一つの年度（{label}）しかありません。翌年度の評価を始めると、ここで二つの年度を比べて、どの項目が良くなったか悪くなったか、分野ごとの数字がどう変わったかを確認できます。

始めるには、「ファイル」メニューの「翌年度の評価を開始…」を選んでください。今年度の回答を出発点としてコピーできるので、変わったところだけを見直せば済みます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workspace has no assessment cycle yet. Comparing needs two cycles.</source>
        <translation>このワークスペースには、まだ評価の年度がありません。比較には二つの年度が必要です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed items ({n})</source>
        <translation>変わった項目（{n}件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improved ({n})</source>
        <translation>良くなった項目（{n}件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worsened ({n})</source>
        <translation>悪くなった項目（{n}件）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose two different cycles to compare.</source>
        <translation>比べる年度を、異なる二つから選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {old} to {new}: {improved} improved, {worsened} worsened, {other} other changes.</source>
        <translation>{old}から{new}にかけて、改善が{improved}件、悪化が{worsened}件、その他の変更が{other}件あります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All domains</source>
        <translation>全分野</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Higher than before</source>
        <translation>前より高くなりました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower than before</source>
        <translation>前より低くなりました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer open gaps than before</source>
        <translation>対応未定の不足が前より減りました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More open gaps than before</source>
        <translation>対応未定の不足が前より増えました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} (does not apply now)</source>
        <translation>{title}（現在は評価の対象外）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} (no longer in the guideline catalogue)</source>
        <translation>{id}（現在のガイドラインの項目データにはありません）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No item improved between these two cycles.</source>
        <translation>この二つの年度の間で、良くなった項目はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item worsened between these two cycles.</source>
        <translation>この二つの年度の間で、悪くなった項目はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item changed between these two cycles.</source>
        <translation>この二つの年度の間で、変わった項目はありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remediation plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk acceptance</source>
        <translation>リスクの受容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worsened</source>
        <translation>悪化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_wizard.py" line="+186"/>
        <source>Ready to start</source>
        <translation>準備ができました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what will be created. To change anything, go back.</source>
        <translation>作成する内容を確認してください。変更するときは「戻る」を押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fsadesk will create a workspace for this assessment:</source>
        <translation>次の内容でワークスペースを作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution:</source>
        <translation>金融機関名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution ID:</source>
        <translation>機関コード：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>業態：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>規模：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FMI:</source>
        <translation>清算・振替機関等：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope:</source>
        <translation>評価の範囲：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your systems:</source>
        <translation>業務とシステム：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal &amp;year assessed:</source>
        <translation>評価する年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items to assess:</source>
        <translation>評価する項目：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Finish to create the workspace. Every answer you give is saved as soon as you give it. Most items take a minute or two: you can stop at any time and carry on later where you left off.</source>
        <translation>「完了」を押すとワークスペースを作成します。回答は入力するたびに保存されます。1項目あたりの目安は1〜2分です。いつでも中断でき、次に開いたときは続きから再開できます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You answered No to all {count} questions.</source>
        <translation>{count}問すべてに「いいえ」と回答しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You answered Yes to:</source>
        <translation>「はい」と回答した質問：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and No to the other {count}.</source>
        <translation>ほかの{count}問は「いいえ」です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} (April {start} to March {end})</source>
        <translation>{label}（{start}年4月〜{end}年3月）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of the {total} items in the guideline</source>
        <translation>ガイドラインの全{total}項目のうち{count}項目</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../fsadesk/ui/crash_handler.py" line="+32"/>
        <source>Something went wrong inside fsadesk. Your answers are saved as you type them, so what was saved before stays saved; please check the last thing you changed.</source>
        <translation>fsadesk の中で思わぬ問題が起きました。回答は入力するたびに保存しているので、それまでに保存した内容はそのまま残っています。最後に変更したところを確かめてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The details could not be written to a log file.</source>
        <translation>詳しい内容をログファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in this file. If it happens again, please send it to whoever helps you with fsadesk:
%1</source>
        <translation>詳しい内容はこのファイルに記録しました。もう一度起きたときは、fsadesk のことで相談している方にこのファイルを送ってください：
%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>fsadesk: something went wrong</source>
        <translation>fsadesk：問題が起きました</translation>
    </message>
</context>
<context>
    <name>CycleStateBanner</name>
    <message>
        <location filename="../../fsadesk/ui/cycle_state.py" line="+98"/>
        <source>&amp;Sign off and finalise…</source>
        <translation>承認を記録して確定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report and bun&amp;dle…</source>
        <translation>報告書と提出用ファイルを書き出す(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a revisio&amp;n…</source>
        <translation>改訂版を作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revision {n}, in progress&lt;/b&gt; (the finalised version is kept):</source>
        <translation>&lt;b&gt;第{n}版を作業中&lt;/b&gt;（確定した版はそのまま残ります）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;In progress:&lt;/b&gt;</source>
        <translation>&lt;b&gt;作業中：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{answered} of {total} items answered.</source>
        <translation>{total}項目中{answered}項目に回答済みです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {total} items answered, {count} points still open.</source>
        <translation>{total}項目中{answered}項目に回答済み、未完了の点が{count}件あります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{answered} of {total} items answered, nothing open: ready to sign off.</source>
        <translation>{total}項目中{answered}項目に回答済み、未完了の点はありません。承認と確定に進めます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({title})</source>
        <translation>{name}（{title}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revision {n}, finalised&lt;/b&gt; on {date}, approved by {name}.</source>
        <translation>&lt;b&gt;第{n}版は確定済み&lt;/b&gt;：{date}、{name}が承認しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Revision {n}, finalised&lt;/b&gt; on {date}.</source>
        <translation>&lt;b&gt;第{n}版は確定済み&lt;/b&gt;：{date}に確定しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; on {date}, approved by {name}.</source>
        <translation>&lt;b&gt;確定済み&lt;/b&gt;：{date}、{name}が承認しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; on {date}.</source>
        <translation>&lt;b&gt;確定済み&lt;/b&gt;：{date}に確定しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answers can no longer be changed.</source>
        <translation>回答は変更できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was finalised with {count} points open.</source>
        <translation>未完了の点が{count}件あるまま確定されました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Submitted:&lt;/b&gt; received by %1 on %2.</source>
        <translation>&lt;b&gt;提出済み：&lt;/b&gt;%1が %2 に受領しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline %1 (%2).</source>
        <translation>締切 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/frame.py" line="+125"/>
        <location line="+197"/>
        <source>Loading the campaign&apos;s figures…</source>
        <translation>提出依頼の集計を読み込んでいます…</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>The dashboard could not be read. Press Refresh to try again.</source>
        <translation>ダッシュボードを読み込めませんでした。「再読み込み」を押して、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no campaign yet. Create one with File ▸ New campaign… (or on the command line: fsadesk central campaign create); the dashboard then shows who has submitted for it.</source>
        <translation>提出依頼がまだありません。「ファイル ▸ 新しい提出依頼…」で作成してください（コマンドラインでは fsadesk central campaign create）。作成すると、だれが提出したかをこの画面で確認できます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2, deadline %3)</source>
        <translation>%1（%2、締切 %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All categories</source>
        <translation>すべての業態</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All size bands</source>
        <translation>すべての規模</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No members are enrolled yet. Enrol them on the Members tab.</source>
        <translation>まだ会員が登録されていません。「会員」タブで登録してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member matches these filters. Choose &quot;All&quot; in Category and Size band to see everyone.</source>
        <translation>この条件にあてはまる会員はいません。すべての会員を見るには、業態と規模で「すべて」を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member has submitted for this campaign yet. Take in their files on the Intake of submissions tab.</source>
        <translation>この提出依頼に提出した会員はまだいません。届いた提出用ファイルは「提出物の受付」タブで取り込んでください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No member has open gaps: every gap has an action plan or a risk acceptance.</source>
        <translation>対応未定の不足がある会員はいません。どの不足にも改善計画かリスクの受容があります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answers could not be read</source>
        <translation>回答を読み込めませんでした</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Campai&amp;gn:</source>
        <translation>提出依頼(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier:</source>
        <translation>区分(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categor&amp;y:</source>
        <translation>業態(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze band:</source>
        <translation>規模(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark pack…</source>
        <translation>ベンチマークファイル(&amp;B)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stat&amp;us</source>
        <translation>提出状況(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H&amp;eatmap</source>
        <translation>ヒートマップ(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open gaps</source>
        <translation>対応未定の不足(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Weakest items</source>
        <translation>未実施の多い項目(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer groups</source>
        <translation>比較グループ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trends</source>
        <translation>推移</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/chart_words.py" line="+21"/>
        <location line="+9"/>
        <source>All members</source>
        <translation>全会員</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>By category</source>
        <translation>業態別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By size band</source>
        <translation>規模別</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No category</source>
        <translation>業態なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No size band</source>
        <translation>規模なし</translation>
    </message>
</context>
<context>
    <name>DialogActions</name>
    <message>
        <location filename="../../fsadesk/ui/main_window_dialogs.py" line="+76"/>
        <source>Export history</source>
        <translation>書き出し履歴</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the institution profile</source>
        <translation>機関情報と評価の範囲の変更</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+10"/>
        <source>Start a revision</source>
        <translation>改訂版を作成</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Start revision %1 of %2? The finalised version stays as it is.</source>
        <translation>%2の第%1版を作成しますか？確定した版はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/drill_down.py" line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 · %3 implementation rate %4</source>
        <translation>%1：%2 ・ %3の実施率 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>項目名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan or risk acceptance</source>
        <translation>改善計画またはリスクの受容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes, evidence and reason</source>
        <translation>メモ・証跡・理由</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Items the member left unanswered are not listed.</source>
        <translation>会員が未回答の項目は表示していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member did not share its notes in this submission; statuses and plans are shown.</source>
        <translation>この提出では、会員はメモなどの自由記入を共有していません。回答と改善計画を表示しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The member sent no answers for this domain.</source>
        <translation>会員はこの分野の回答を送っていません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Action plan: %1, by %2, priority %3</source>
        <translation>改善計画：担当 %1、完了予定日 %2、優先度 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risk acceptance: approved by %1 on %2</source>
        <translation>リスクの受容：%2 に %1 が承認</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/member_dialogs.py" line="+168"/>
        <source>Edit member</source>
        <translation>会員情報の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation>業態(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Size:</source>
        <translation>規模(&amp;S)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The region is too long: at most %1 characters, and it has %2.</source>
        <translation>地域が長すぎます。%1文字までのところ、%2文字あります。</translation>
    </message>
</context>
<context>
    <name>EnrolConfirmDialog</name>
    <message>
        <location line="-91"/>
        <source>Enrol members</source>
        <translation>会員の登録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you tick a row, confirm its fingerprint with the member: read it out by telephone, or compare it with the printed enrolment sheet the member signed. Tick only the rows whose fingerprint matches exactly; only ticked rows are enrolled.</source>
        <translation>チェックを入れる前に、フィンガープリントを会員と確認してください。電話で読み上げてもらうか、会員が署名した登録用紙の印刷と照らし合わせます。完全に一致した行だけにチェックを入れてください。チェックを入れた行だけが登録されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Institution ID</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files could not be used and are left out:</source>
        <translation>次のファイルは使えないため、登録しません：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol ticked rows</source>
        <translation>チェックした行を登録(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No row is ticked. Tick the rows whose fingerprint the member confirmed.</source>
        <translation>チェックの入った行がありません。会員とフィンガープリントを確認できた行にチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+149"/>
        <source>Export report and bundle</source>
        <translation>報告書と提出用ファイルの書き出し</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This writes the board report (PDF) and a signed bundle (.fsab) for your central organisation. The signature lets them check that nothing was changed on the way. This is exactly what the bundle will contain:</source>
        <translation>理事会向けの報告書（PDF）と、中央機関に提出する署名付きファイル（.fsab）を書き出します。署名があるので、途中で内容が変わっていないことを中央機関が確かめられます。提出用ファイルに含まれるのは次の内容です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Include free-text notes, evidence and reasons</source>
        <translation>メモ・証跡・理由の文章を含める(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encr&amp;ypt the bundle for %1 (only they can open it)</source>
        <translation>提出用ファイルを%1向けに暗号化する（その中央機関だけが開けます）(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;language:</source>
        <translation>報告書の言語(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key &amp;passphrase:</source>
        <translation>署名鍵のパスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New &amp;passphrase:</source>
        <translation>新しいパスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>パスフレーズ（確認）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the passphrase is lost, make a new key (File ▸ New signing key…) and send the new enrolment file to your central organisation.</source>
        <translation>パスフレーズを忘れたときは、新しい鍵を作成し（「ファイル」メニューの「新しい署名鍵…」）、新しい登録ファイルを中央機関に送ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free-text notes, evidence and reasons: included (%1 answers have some).</source>
        <translation>メモ・証跡・理由の文章：含めます（%1件の回答に記入があります）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free-text notes, evidence and reasons: left out (%1 answers have some).</source>
        <translation>メモ・証跡・理由の文章：含めません（%1件の回答に記入があります）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(created on export)</source>
        <translation>（書き出し時に作成します）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institution: %1 (%2)</source>
        <translation>金融機関：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment: %1, %2 answers, %3 recorded changes</source>
        <translation>評価：%1、回答%2件、変更履歴%3件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names of people in plans and risk acceptances: %1</source>
        <translation>改善計画とリスクの受容に記載された人名：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key fingerprint: %1</source>
        <translation>署名鍵のフィンガープリント：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report and bundle in</source>
        <translation>報告書と提出用ファイルの保存先</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passphrases are not the same.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The bundle is encrypted for %1: only they can open it.</source>
        <translation>提出用ファイルは%1向けに暗号化されています。その中央機関だけが開けます。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/export_dialog.py" line="+123"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign %1 (%2), as the dashboard shows it.</source>
        <translation>提出依頼 %1（%2）を、ダッシュボードの表示のとおりに書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1 · Size band: %2</source>
        <translation>業態：%1 ・ 規模：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the export as</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save</source>
        <translation>保存する場所を選んでください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a file name or choose one.</source>
        <translation>ファイル名を入力するか、「選択…」で選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+15"/>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files are already there:
%1

Replace them?</source>
        <translation>次のファイルがすでにあります。
%1

新しい内容で置き換えますか？</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved:</source>
        <translation>保存しました：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;file</source>
        <translation>ファイルを開く(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Open f&amp;older</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export was not written</source>
        <translation>書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+2"/>
        <source>These files are already in the folder:
%1

Do you want to replace them with the new export?</source>
        <translation>このフォルダーには、すでに次のファイルがあります。
%1

今回の書き出しで置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/export_dialog.py" line="-11"/>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+10"/>
        <source>Export finished</source>
        <translation>書き出しが終わりました</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+1"/>
        <source>The report and the signed bundle were saved:
%1
%2

Signing key fingerprint: %3</source>
        <translation>報告書と署名付きの提出用ファイルを保存しました。
%1
%2

署名鍵のフィンガープリント：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;PDF</source>
        <translation>PDFを開く(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/export_dialog.py" line="-3"/>
        <location line="+2"/>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+0"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/export_dialog.py" line="+0"/>
        <source>Write the &amp;enrolment file…</source>
        <translation>登録ファイルを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your central organisation checks the bundle against the signing key you enrolled with them. If you have not sent them your enrolment file yet, send it first (button below).</source>
        <translation>中央機関は、登録済みの署名鍵で提出用ファイルを確認します。登録ファイルをまだ中央機関に送っていない場合は、先に送ってください（下のボタン）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to send, and how</source>
        <translation>送るものと送り方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the bundle file %1 to your central organisation, the way they told you (as an e-mail attachment or on a USB stick, as agreed).</source>
        <translation>提出用ファイル%1を、中央機関から指示された方法（メールの添付、または取り決めたUSBメモリ）で中央機関に送ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF %1 is for your board and your own files.</source>
        <translation>PDF%1は取締役会（理事会）への報告と、自組織での保管用です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send the passphrase or the signing key files.</source>
        <translation>パスフレーズと署名鍵のファイルは、絶対に送らないでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files were saved, but the export history of this workspace could not be updated: %1</source>
        <translation>ファイルは保存しましたが、このワークスペースの書き出し履歴を更新できませんでした：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new signing key was made for this export. Before your central organisation can check the bundle, send them the enrolment file (File ▸ Write the enrolment file for the central organisation…) and confirm its fingerprint by telephone or with the printed enrolment sheet.</source>
        <translation>この書き出しのために新しい署名鍵を作成しました。中央機関が提出用ファイルを確認できるように、登録ファイル（ファイル ▸ 中央機関への登録ファイルを書き出す…）を中央機関に送り、フィンガープリントを電話または印刷した登録票で確認してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and %1 more</source>
        <translation>…ほか%1か所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some characters are not in the report&apos;s fonts and are printed as 〓, in:</source>
        <translation>次の箇所には報告書のフォントにない文字があり、「〓」で表示しています：</translation>
    </message>
</context>
<context>
    <name>ExportDialogView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/export_dialog.py" line="-138"/>
        <source>Export the dashboard</source>
        <translation>ダッシュボードの書き出し</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbook (.xlsx), a sheet per view</source>
        <translation>Excel ブック（.xlsx）：表ごとに1シート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (.csv), a file per view</source>
        <translation>CSV ファイル（.csv）：表ごとに1ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary for the board (.pdf)</source>
        <translation>理事会向けの集計報告（PDF）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members below this rate in the same domain for two or more campaigns in a row are listed.</source>
        <translation>同じ分野で、続けて2回以上この実施率を下回った会員を一覧にします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threshold:</source>
        <translation>基準の実施率(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExportHistoryDialog</name>
    <message>
        <location filename="../../fsadesk/ui/export_history_dialog.py" line="+69"/>
        <source>Export history</source>
        <translation>書き出し履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every export of %1, newest first. “On disk” says whether the bundle is still as written.</source>
        <translation>%1の書き出しの一覧です（新しい順）。「ファイルの状態」は、提出用ファイルが書き出したときのままかどうかを示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not been exported yet.</source>
        <translation>%1はまだ書き出されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>書き出した日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On disk</source>
        <translation>ファイルの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as exported</source>
        <translation>書き出したときのまま</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since the export</source>
        <translation>書き出し後に変更されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found (moved or deleted)</source>
        <translation>見つかりません（移動または削除）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With notes</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without notes</source>
        <translation>メモなし</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy SHA-256</source>
        <translation>SHA-256をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FinalisedNoticePage</name>
    <message>
        <location filename="../../fsadesk/ui/profile_wizard.py" line="-58"/>
        <source>Before you change anything</source>
        <translation>変更する前に</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Next to see the questions, or Cancel to leave everything as it is.</source>
        <translation>「次へ」で質問に進みます。何も変えない場合は「キャンセル」を押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is signed off and finalised.</source>
        <translation>{label}は承認され、確定しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you change here counts from the next cycle you start (and in a revision of {label}, if you start one): which items you assess, and which of your answers apply from then on.</source>
        <translation>ここで変えた内容は、これから始める次の評価から使われます（{label}の改訂版を作成した場合は、その改訂版にも使われます）。評価する項目と、どの回答が適用となるかが、そこから変わります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The finalised {label}, its board report and its bundle for the central organisation stay as they were signed off.</source>
        <translation>確定した{label}と、その理事会向けの報告書、中央機関への提出用ファイルは、承認したときのまま、そのまま残ります。</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/gaps_view.py" line="+66"/>
        <source>Members with open gaps: basic items partially or not implemented with neither an action plan nor a risk acceptance. Open a member to see its items.</source>
        <translation>対応未定の不足がある会員：基本的な対応事項のうち「一部実施」または「未実施」で、改善計画もリスクの受容もない項目です。会員を開くと、その項目が表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member / item</source>
        <translation>会員 / 項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>業態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open gaps</source>
        <translation>対応未定の不足</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../../fsadesk/ui/enrolment.py" line="+46"/>
        <source>Enrolment file for the central organisation</source>
        <translation>中央機関への登録ファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolment file (*.json)</source>
        <translation>登録ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment file was saved:
%1

What to do now:
1. Send this file to your central organisation (by e-mail or on a USB stick, as they ask).
2. Confirm the fingerprint with them by telephone, or send them the signed enrolment sheet (File ▸ Print the enrolment sheet…).
Only then can they trust the bundles you send them.

Fingerprint: %2</source>
        <translation>登録ファイルを保存しました：
%1

この後の手順：
1. このファイルを中央機関に送ってください（電子メールまたは USB メモリなど、中央機関の指定する方法で）。
2. フィンガープリントを中央機関と電話で確認するか、署名した登録票（ファイル ▸ 登録票（PDF）を作成する…）を送ってください。
これが済んで初めて、中央機関は当機関から届く提出用ファイルを信頼できます。

フィンガープリント：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrolment sheet (PDF)</source>
        <translation>登録票（PDF）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment sheet was saved:
%1

Print it, sign it, and send it to your central organisation with the enrolment file (File ▸ Write the enrolment file…), or read the fingerprint out to them by telephone.

Fingerprint: %2</source>
        <translation>登録票を保存しました：
%1

印刷して署名・押印し、登録ファイル（ファイル ▸ 中央機関への登録ファイルを書き出す…）と一緒に中央機関へ送ってください。または、フィンガープリントを電話で中央機関に読み上げて確認してください。

フィンガープリント：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This workspace has no signing key yet. The enrolment file and sheet show the central organisation which key is yours, so the key is made first. Make it now?</source>
        <translation>このワークスペースにはまだ署名鍵がありません。登録ファイルと登録票は、どの鍵が当機関のものかを中央機関に伝えるものなので、先に鍵を作成します。今すぐ作成しますか？</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/heatmap_model.py" line="+116"/>
        <source>Institution ID</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>業態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size band</source>
        <translation>規模</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No rate: nothing of this tier was assessed in this domain for this member (its scope leaves the tier out, or every item is not applicable).</source>
        <translation>実施率はありません。この会員は、この分野でこの区分の項目を評価していません（評価の範囲にこの区分が入っていないか、すべての項目が「該当なし」です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implementation rate %1. Press Enter or double-click to see the answers.</source>
        <translation>実施率 %1。Enter キーを押すかダブルクリックすると、回答を表示します。</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/heatmap_view.py" line="+79"/>
        <source>Implementation rate:</source>
        <translation>実施率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nothing assessed</source>
        <translation>%1 評価の対象外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a column heading to sort. Move with the arrow keys; press Enter or double-click a rate to see that member&apos;s answers for the domain.</source>
        <translation>列の見出しをクリックすると並べ替えます。矢印キーで移動し、実施率で Enter キーを押すかダブルクリックすると、その会員のその分野の回答を表示します。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../fsadesk/ui/help_dialog.py" line="+138"/>
        <source>fsadesk Help</source>
        <translation>fsadesk ヘルプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word to find in the help (Enter: next match)</source>
        <translation>ヘルプ内で探す言葉（Enter キーで次を検索）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The help file could not be found: {path}. Reinstalling fsadesk restores it.</source>
        <translation>ヘルプのファイルが見つかりません（{path}）。fsadesk をインストールし直すと元に戻ります。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../fsadesk/ui/intake_texts.py" line="+18"/>
        <source>Accepted</source>
        <translation>受け付けました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted, with a note</source>
        <translation>受け付けました（注記あり）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a newer submission</source>
        <translation>新しい提出に置き換えられました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>取り込み済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than the one held (kept in history)</source>
        <translation>受け付け済みのものより古い提出です（履歴に残します）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>受け付けませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read: it was moved or deleted, or another program has it open.</source>
        <translation>ファイルを読み込めませんでした。移動・削除されたか、ほかのソフトで開かれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is far too large to be a submission (.fsab).</source>
        <translation>ファイルが大きすぎます。提出用ファイル（.fsab）ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an fsadesk submission file (.fsab).</source>
        <translation>fsadesk の提出用ファイル（.fsab）ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission file is damaged or was repacked. Ask the member to export it again.</source>
        <translation>提出用ファイルが壊れているか、作り直されています。会員にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contents were changed after the member signed them (damaged or altered). Ask the member to export it again.</source>
        <translation>会員が署名した後に内容が変わっています（破損または改ざん）。会員にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was made by a newer version of fsadesk. Please update fsadesk on this PC.</source>
        <translation>新しい版の fsadesk で作られたファイルです。このパソコンの fsadesk を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature is correct, but the answers inside cannot be read. Ask the member to export again.</source>
        <translation>署名は正しいものの、中の回答を読み取れません。会員にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is signed with a key that is not registered. If the member is new or made a new key, register its enrolment file first (after confirming the fingerprint).</source>
        <translation>登録されていない鍵で署名されています。新しい会員か、会員が鍵を作り直した場合は、フィンガープリントを確かめてから、先に登録ファイルを登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is signed with a key that was revoked. The member must make a new key and register it.</source>
        <translation>失効した鍵で署名されています。会員に新しい鍵を作って登録してもらってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was made after the member changed keys, but is signed with the old key.</source>
        <translation>会員が鍵を切り替えた後に作られたのに、古い鍵で署名されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names one member but is signed with another member&apos;s key.</source>
        <translation>ある会員の名前で、別の会員の鍵で署名されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is for another year or cycle than this campaign&apos;s.</source>
        <translation>この提出依頼とは別の年度のものです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was answered against another edition of the guideline&apos;s item list than the campaign&apos;s. The member&apos;s fsadesk and the campaign must use the same edition: check which fsadesk the member uses (older or newer than the campaign&apos;s), then ask for a new export.</source>
        <translation>提出依頼とは別の版の項目一覧で回答されています。会員の fsadesk と提出依頼は同じ版を使う必要があります。会員が使っている fsadesk の版（提出依頼より古いか新しいか）を確かめてから、もう一度書き出してもらってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encrypted file could not be opened: it is encrypted for someone else, or the organisation&apos;s keys were not given.</source>
        <translation>暗号化されたファイルを開けませんでした。別の宛先向けに暗号化されているか、中央機関の鍵が指定されていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scores in the file differ from those recomputed from its answers.</source>
        <translation>提出用ファイルの点数が、回答から計算し直した点数と違います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was scored by another version of fsadesk&apos;s scoring.</source>
        <translation>別の版の fsadesk の採点で点数が計算されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was made after the campaign&apos;s deadline.</source>
        <translation>提出依頼の期限より後に作られています。</translation>
    </message>
</context>
<context>
    <name>IntakeExport</name>
    <message>
        <location filename="../../fsadesk/ui/central/intake_export.py" line="+22"/>
        <source>Where the file is</source>
        <translation>ファイルの場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to quarantine as</source>
        <translation>隔離フォルダーのコピー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of files</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <location filename="../../fsadesk/ui/central/intake_model.py" line="+36"/>
        <source>Not imported (cancelled)</source>
        <translation>取り込んでいません（中止）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The batch was cancelled before this file. Import it again to take it in.</source>
        <translation>このファイルの前で取り込みを中止しました。取り込むには、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replaced by %1, a newer submission of the same member and cycle. Both are kept in the history.</source>
        <translation>同じ会員・同じ年度の新しい提出 %1 に置き換えられました。どちらも履歴に残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It replaces %1, the member&apos;s earlier submission for this cycle (kept in the history).</source>
        <translation>この会員の同じ年度の以前の提出 %1 を置き換えます（以前の提出は履歴に残ります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It replaces the member&apos;s earlier submission for this cycle (kept in the history).</source>
        <translation>この会員の同じ年度の以前の提出を置き換えます（以前の提出は履歴に残ります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was made before the submission already held for this member and cycle, which stays the current one. It is kept in the history.</source>
        <translation>この会員・この年度ですでに受け付けている提出より前に作られたものです。受け付け済みの提出をそのまま最新として扱い、これは履歴に残します。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../fsadesk/ui/central/intake_view.py" line="+175"/>
        <source>Drop bundle files or a folder here</source>
        <translation>ここに提出用ファイルまたはフォルダーをドロップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose files…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>フォルダーを選ぶ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign:</source>
        <translation>提出依頼(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarantine folder (copies of rejected files):</source>
        <translation>隔離フォルダー（受け付けなかったファイルのコピー）(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox (receipts for members):</source>
        <translation>送付用フォルダー（会員あての受領証）(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open quarantine folder</source>
        <translation>隔離フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open outbox</source>
        <translation>送付用フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save summary…</source>
        <translation>結果一覧を保存…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No campaign (no receipts are made)</source>
        <translation>提出依頼なし（受領証は作りません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, deadline %3)</source>
        <translation>%1（%2、締切 %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each file must answer this campaign; accepted members get a signed receipt in the outbox.</source>
        <translation>どのファイルもこの提出依頼に対するものである必要があります。受け付けた会員には、署名つきの受領証を送付用フォルダーに作ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a campaign, files are checked and stored, but no receipts are made for members.</source>
        <translation>提出依頼を選ばないと、ファイルは確かめて保存しますが、会員あての受領証は作りません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose submission files</source>
        <translation>提出用ファイルを選ぶ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission files (*.fsab *.age);;All files (*)</source>
        <translation>提出用ファイル (*.fsab *.age);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of submission files</source>
        <translation>提出用ファイルのフォルダーを選ぶ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the quarantine folder</source>
        <translation>隔離フォルダーを選ぶ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the outbox folder</source>
        <translation>送付用フォルダーを選ぶ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing there yet</source>
        <translation>まだ何もありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 does not exist yet: nothing has been put there so far.</source>
        <translation>フォルダー %1 はまだありません。これまでに何も入れていないためです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No files to import</source>
        <translation>取り込むファイルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is empty: there is no submission file in it to import.</source>
        <translation>フォルダーが空で、取り込む提出用ファイルがありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>0 of %1 files</source>
        <translation>%1 件中 0 件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the central organisation&apos;s passphrase. It is needed once for this batch, to open encrypted files and to sign the receipts for members.</source>
        <translation>中央機関のパスフレーズを入力してください。暗号化されたファイルを開き、会員あての受領証に署名するために、この取り込みで一度だけ必要です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the file being imported…</source>
        <translation>取り込み中のファイルが終わったら止めます…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 files (last: %3)</source>
        <translation>%2 件中 %1 件（直前: %3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing… Each file is checked and stored as it comes.</source>
        <translation>取り込み中です… ファイルを一つずつ確かめて保存しています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The import stopped</source>
        <translation>取り込みが止まりました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files imported yet in this window.</source>
        <translation>この画面ではまだ何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 files: </source>
        <translation>%1 件: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of them replace an earlier submission of the same member and cycle (kept in the history).</source>
        <translation>うち %1 件は、同じ会員・同じ年度の以前の提出を差し替えました（以前の提出は履歴に残ります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled: the files already imported stay; import the others again later.</source>
        <translation>取り込みを中止しました。取り込み済みのファイルはそのまま残ります。残りは後でもう一度取り込んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected files were copied to the quarantine folder, each with a note of why.</source>
        <translation>受け付けなかったファイルは、理由を書いたメモとともに隔離フォルダーにコピーしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>intake-summary.xlsx</source>
        <translation>取り込み結果.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save summary</source>
        <translation>結果一覧を保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary was not saved</source>
        <translation>結果一覧を保存できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary saved</source>
        <translation>結果一覧を保存しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary was saved to %1.</source>
        <translation>結果一覧を %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../fsadesk/ui/item_page.py" line="+161"/>
        <source>At least once a year</source>
        <translation>年1回以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least twice a year</source>
        <translation>年2回以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularly</source>
        <translation>定期的に</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When something changes or happens</source>
        <translation>変更や出来事があったとき</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the time</source>
        <translation>常時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this means for us</source>
        <translation>この項目の意味</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples of evidence</source>
        <translation>証跡の例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>あなたの回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What w&amp;ill be done:</source>
        <translation>実施する対策(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: also write what will be done, so that whoever carries out the plan, and the board, know what is planned.</source>
        <translation>ヒント：実施する対策も書いておくと、計画を進める人にも理事会にも、何をするのかが伝わります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date:</source>
        <translation>完了予定日(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>優先度(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or: risk acceptance approved by management</source>
        <translation>または：経営陣が承認したリスクの受容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved &amp;by:</source>
        <translation>承認者(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate:</source>
        <translation>承認日(&amp;A)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes (what is done today):</source>
        <translation>メモ（現在の取組み）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evi&amp;dence (documents or records that show it):</source>
        <translation>証跡（それを示す文書や記録）(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naming the document or record that shows this (for example a rule book, a log or minutes) helps whoever checks the assessment, and you next year.</source>
        <translation>それを示す文書や記録の名前（規程集、ログ、議事録など）を書いておくと、評価を確かめる人にも、来年の見直しのときにも役立ちます。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ho&amp;w does the alternative measure meet the aim? (required)</source>
        <translation>代替策でどのように目的を満たしているか（必須）(&amp;W)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>What will be done</source>
        <translation>実施する対策</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This answer could not be saved. What you typed is still here; fsadesk tries again with your next change. Check that the disk is not full and that fsadesk is not open twice on this workspace.</source>
        <translation>この回答を保存できませんでした。入力した内容はそのまま残っており、次に変更したときにもう一度保存します。ディスクがいっぱいでないか、このワークスペースを fsadesk で二つ開いていないかを確かめてください。</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>&amp;Mark for review (to come back to, or to ask someone)</source>
        <translation>見直しの印をつける（あとで確認する、ほかの人に聞くなど）(&amp;M)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>How often: {frequency}</source>
        <translation>頻度：{frequency}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Please record how this gap will be closed (what will be done, who and by when), or that management has approved living with the risk. Until one of them is complete, it counts as an open gap.</source>
        <translation>この不足をどう解消するか（実施する対策、担当者、完了予定日の改善計画）、または経営陣が承認したリスクの受容を記録してください。どちらかがそろうまでは、対応未定の不足として数えます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>◀ Previous (Alt+←)</source>
        <translation>◀ 前へ（Alt+←）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next (Alt+→) ▶</source>
        <translation>次へ（Alt+→） ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;unanswered (Ctrl+J)</source>
        <translation>次の未回答(&amp;U)（Ctrl+J）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Why does this item not apply to us? (required)</source>
        <translation>この項目が当てはまらない理由（必須）(&amp;W)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please write why this item does not apply. The answer is saved once the reason is filled in.</source>
        <translation>この項目が当てはまらない理由を書いてください。理由を入力すると回答が保存されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please describe the alternative measure. The answer is saved once it is filled in.</source>
        <translation>代替策の内容を書いてください。入力すると回答が保存されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This answer is not saved yet. Too long: {field} (at most {limit} characters). Please shorten it.</source>
        <translation>この回答はまだ保存されていません。{field}が長すぎます（{limit}文字まで）。短くしてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description of the alternative measure</source>
        <translation>代替策の説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for accepting the risk</source>
        <translation>リスク受容の理由</translation>
    </message>
</context>
<context>
    <name>KeyAdvice</name>
    <message>
        <location filename="../../fsadesk/ui/key_dialog.py" line="+38"/>
        <source>A signing key is created now. It seals the files you send to your central organisation, so they can see that the files really come from you and were not changed.

The passphrase protects the key: anyone who knows it can seal files in your institution&apos;s name. Choose at least 8 characters. Nobody can recover a forgotten passphrase, not even fsadesk or your central organisation: write it down and keep the paper locked away (for example in the safe).</source>
        <translation>ここで署名鍵を作成します。署名鍵は中央機関に送るファイルに封印をするもので、中央機関はファイルが確かに当機関から届き、途中で変更されていないことを確かめられます。

パスフレーズはこの鍵を守るものです。パスフレーズを知っている人は、当機関の名前でファイルに封印できてしまいます。8文字以上にしてください。忘れたパスフレーズは、fsadesk にも中央機関にもだれにも復元できません。紙に書き留め、鍵のかかる場所（金庫など）に保管してください。</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location line="+56"/>
        <location line="+52"/>
        <source>New signing key</source>
        <translation>新しい署名鍵</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Create the signing key</source>
        <translation>署名鍵の作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new signing key when the passphrase is lost, or when someone else may know it. The old key is kept, so bundles it signed can still be checked. Afterwards, send the new enrolment file to your central organisation: it tells them to trust the new key.</source>
        <translation>パスフレーズを忘れたときや、ほかの人に知られたおそれがあるときは、新しい署名鍵を作成します。古い鍵は残るので、その鍵で署名したファイルは引き続き確認できます。作成後、新しい登録ファイルを中央機関に送ってください。中央機関が新しい鍵を信頼するために必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current key fingerprint: %1</source>
        <translation>現在の鍵のフィンガープリント：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace has no key yet.</source>
        <translation>このワークスペースにはまだ鍵がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;passphrase:</source>
        <translation>新しいパスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>パスフレーズ（確認）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new key</source>
        <translation>新しい鍵を作成(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passphrases are not the same.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Save the enrolment file</source>
        <translation>登録ファイルの保存</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enrolment file (*.json)</source>
        <translation>登録ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new key is ready. Fingerprint: %1</source>
        <translation>新しい鍵を作成しました。フィンガープリント：%1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../fsadesk/ui/launch.py" line="+90"/>
        <source>fsadesk cannot start because its guideline data could not be read. Nothing has been changed. Reinstalling fsadesk restores the data.</source>
        <translation>ガイドラインのデータを読み込めなかったため、fsadesk を起動できません。データは何も変更していません。fsadesk を入れ直すと元に戻ります。</translation>
    </message>
</context>
<context>
    <name>LimitNote</name>
    <message>
        <location filename="../../fsadesk/ui/text_limits.py" line="+129"/>
        <source>{field} can be at most {limit} characters. What did not fit was not added.</source>
        <translation>{field}は{limit}文字までです。入りきらなかった分は入れていません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{field} is {count} characters long; at most {limit} can be saved. Please shorten it.</source>
        <translation>{field}は{count}文字あります。保存できるのは{limit}文字までです。短くしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} / {limit}文字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fsadesk/ui/main_window.py" line="+175"/>
        <source>Every item has an answer.</source>
        <translation>すべての項目に回答済みです。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Saved %1</source>
        <translation>✓ 保存しました %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet: see the message on the page</source>
        <translation>まだ保存されていません：画面のメッセージをご覧ください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typing… saved as soon as you pause</source>
        <translation>入力中…（手を止めるとすぐに保存します）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 answered</source>
        <translation>%2項目中%1項目に回答済み</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This assessment was signed off and finalised on %1, so it can no longer be changed. To correct something, use File ▸ Start a revision: the finalised version is kept.</source>
        <translation>この評価は%1に承認・確定されているため、変更できません。修正するには、「ファイル」メニューの「改訂版を作成…」を使ってください（確定した版はそのまま残ります）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Items shown: %1</source>
        <translation>%1項目を表示中</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Language / 言語</source>
        <translation>言語 / Language(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;New assessment…</source>
        <translation>新しい評価を作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next year&apos;s &amp;cycle…</source>
        <translation>翌年度の評価を開始(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare cycles…</source>
        <translation>年度の比較(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export action plan…</source>
        <translation>改善計画を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign off and finalise…</source>
        <translation>承認を記録して確定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report and signed &amp;bundle…</source>
        <translation>報告書と提出用ファイルを書き出す(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board report (PDF) and a file for your central organisation, sealed so that any change to it can be detected.</source>
        <translation>理事会向けの報告書（PDF）と、中央機関へ提出するファイルです。提出用ファイルには電子署名がつくため、少しでも書き換えられると分かります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;history…</source>
        <translation>書き出し履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New signing &amp;key…</source>
        <translation>新しい署名鍵(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the enrolment file for the central organisation…</source>
        <translation>中央機関への登録ファイルを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print the enrolment sheet (PDF)…</source>
        <translation>登録票（PDF）を作成する(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution and scope…</source>
        <translation>機関情報と評価の範囲(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a re&amp;vision…</source>
        <translation>改訂版を作成(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search items</source>
        <translation>項目を検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;item list</source>
        <translation>項目の一覧へ移る(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>前の項目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>次の項目(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;unanswered</source>
        <translation>次の未回答(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary and action plan</source>
        <translation>評価結果のまとめと改善計画(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About fsadesk</source>
        <translation>fsadesk について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;lter:</source>
        <translation>絞り込み(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for review</source>
        <translation>見直しの印あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps without a plan</source>
        <translation>計画のない不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic items</source>
        <translation>基本的な対応事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable items</source>
        <translation>対応が望ましい事項</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search (Ctrl+F): words in Japanese or English</source>
        <translation>検索（Ctrl+F）：日本語・英語のどちらでも</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close fsadesk</source>
        <translation>fsadesk の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last answer is not saved yet (see the message on the page). Close anyway? It will be lost.</source>
        <translation>最後の回答はまだ保存されていません（画面のメッセージをご覧ください）。このまま閉じますか？保存されていない内容は失われます。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 (revision %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
</context>
<context>
    <name>MeasureDelegate</name>
    <message>
        <location filename="../../fsadesk/ui/action_plan_table.py" line="+151"/>
        <source>What will be done can be at most {limit} characters. What did not fit was not added.</source>
        <translation>実施する対策は{limit}文字までです。入りきらなかった分は入れていません。</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../fsadesk/ui/central/members_view.py" line="+126"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution ID, name, category or region (Ctrl+F)</source>
        <translation>金融機関コード、名称、業態、地域 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol from files…</source>
        <translation>ファイルから登録(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol from a f&amp;older…</source>
        <translation>フォルダーから登録(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate &amp;key…</source>
        <translation>鍵の更新(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>失効(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution ID</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>業態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>引退</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Members shown: %1</source>
        <translation>表示中の会員：%1 件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enrolment file (*.json)</source>
        <translation>登録ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose enrolment files</source>
        <translation>登録ファイルを選ぶ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the folder of enrolment files</source>
        <translation>登録ファイルのフォルダーを選ぶ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+62"/>
        <location line="+6"/>
        <source>Enrol members</source>
        <translation>会員の登録</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No enrolment file could be read.</source>
        <translation>登録ファイルを1つも読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enrolling… %1 of %2</source>
        <translation>登録中… %2 件中 %1 件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already enrolled with this key</source>
        <translation>この鍵で登録済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrolled</source>
        <translation>登録しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enrolled:</source>
        <translation>登録できなかったもの：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: this folder holds no enrolment files (*.json).</source>
        <translation>%1：このフォルダーには登録ファイル (*.json) がありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit member</source>
        <translation>会員情報の編集</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the new enrolment file of %1</source>
        <translation>%1 の新しい登録ファイルを選ぶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate key</source>
        <translation>鍵の更新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This enrolment file is for %1 (%2), not for %3 (%4). Nothing was changed.</source>
        <translation>この登録ファイルは %1（%2）のもので、%3（%4）のものではありません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the key of %1 (%2) with this new key? Confirm the fingerprint with the member by telephone or on the printed enrolment sheet first:</source>
        <translation>%1（%2）の鍵をこの新しい鍵に取り替えますか？ 先にフィンガープリントを、電話または印刷した登録用紙で会員と確認してください：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old key is kept as retired: bundles it signed before today can still be checked.</source>
        <translation>古い鍵は「引退」として残ります。古い鍵で署名された提出物も引き続き確認できます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke keys</source>
        <translation>鍵の失効</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <location filename="../../fsadesk/ui/nav_tree.py" line="+114"/>
        <source>no plan or risk acceptance yet</source>
        <translation>改善計画・リスクの受容が未定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked for review</source>
        <translation>見直しの印あり</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Gap without a plan</source>
        <translation>改善計画が未定の不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked for review</source>
        <translation>見直しの印あり</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <location filename="../../fsadesk/ui/new_cycle_dialog.py" line="+118"/>
        <location line="+79"/>
        <location line="+40"/>
        <source>Start next year&apos;s cycle</source>
        <translation>翌年度の評価を開始</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Start the assessment for a new fiscal year. {label} stays as it is, so you can compare the two years later.</source>
        <translation>新しい年度の評価を始めます。{label}はそのまま残るので、あとで二つの年度を比べられます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the assessment for a new fiscal year.</source>
        <translation>新しい年度の評価を始めます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy this year&apos;s answers as a starting point (each copied answer is marked for review)</source>
        <translation>今年度の回答を出発点としてコピーする（すべてに見直しの印がつきます）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no earlier cycle to copy from: the new cycle starts empty.</source>
        <translation>コピー元の年度がないため、新しい年度は空の状態で始まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} has no answers yet: the new cycle starts empty.</source>
        <translation>{label}にはまだ回答がないため、新しい年度は空の状態で始まります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} answers of {label} are copied, with their notes, evidence and plans. Check each one and clear its review mark when it is still true.</source>
        <translation>{label}の回答{count}件を、メモ・証跡・改善計画とともにコピーします。一つずつ確認し、今も正しければ見直しの印を外してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new cycle starts empty: every item is unanswered.</source>
        <translation>新しい年度は空の状態で始まります（すべての項目が未回答です）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter a name for the new cycle, for example {example}.</source>
        <translation>新しい年度の名前を入力してください（例：{example}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a cycle for fiscal year {year} ({label}).</source>
        <translation>{year}年度の評価（{label}）はすでにあります。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is already a cycle for fiscal year {year} ({label}). Start another one for the same year?</source>
        <translation>{year}年度の評価（{label}）はすでにあります。同じ年度の評価をもう一つ始めますか？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The new cycle was not started, and nothing was changed: the workspace is as it was.

{reason}</source>
        <translation>新しい年度は始まりませんでした。何も変更されていません（ワークスペースは元のままです）。

{reason}</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The name is too long (at most {limit} characters). Please shorten it.</source>
        <translation>名前が長すぎます（{limit}文字まで）。短くしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fiscal year must be between {first} and {last}.</source>
        <translation>年度は{first}から{last}までの数字にしてください。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../fsadesk/ui/date_edit.py" line="+27"/>
        <source>yyyy-MM-dd</source>
        <comment>Qt date format of date fields</comment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a date such as 2027-03-31, or pick one from the calendar. Delete empties the field.</source>
        <translation>2027/03/31 のように日付を入力するか、カレンダーから選んでください。Delete キーで空欄に戻せます。</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <location filename="../../fsadesk/ui/action_plan_table.py" line="-26"/>
        <source>The owner can be at most {limit} characters. What did not fit was not added.</source>
        <translation>担当者は{limit}文字までです。入りきらなかった分は入れていません。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../fsadesk/ui/error_texts_bundle.py" line="+34"/>
        <source>The passphrase field is empty. Type the passphrase of this workspace&apos;s signing key.</source>
        <translation>パスフレーズが入力されていません。このワークスペースの署名鍵のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/errors.py" line="+232"/>
        <source>The passphrase field is empty. Choose a passphrase of at least %1 characters.</source>
        <translation>パスフレーズが入力されていません。%1文字以上のパスフレーズを決めて入力してください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts_bundle.py" line="-1"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>パスフレーズは%1文字以上にしてください。</translation>
    </message>
</context>
<context>
    <name>PeerPanel</name>
    <message>
        <location filename="../../fsadesk/ui/peer_panel.py" line="+171"/>
        <source>A benchmark pack from your central organisation shows how your implementation rates compare with similar institutions, without naming any of them. When you receive one, choose File ▸ Import benchmark pack… to import it.</source>
        <translation>ベンチマークファイルは、中央機関が会員の回答を機関名がわからない形でまとめたものです。読み込むと、自金融機関の実施率を同じような機関と比べられます。届いたら「ファイル ▸ ベンチマークファイルの読み込み…」で読み込んでください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The board report also compares the desirable response items.</source>
        <translation>報告書では、対応が望ましい事項も比べています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain
(basic items)</source>
        <translation>分野
（基本的な対応事項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>自金融機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower
quartile</source>
        <translation>下位25%
の水準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper
quartile</source>
        <translation>上位25%
の水準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you stand</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◆ you  ┃ median
▬ lower to upper quartile</source>
        <translation>◆ 自金融機関  ┃ 中央値
▬ 下位25%〜上位25%の水準</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show every basic item with the share of peers that implement it</source>
        <translation>すべての基本的な対応事項について、実施済みの機関の割合を表示する</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What share of your peers &amp;implement each basic item (%1; those most peers implement and you have not come first):</source>
        <translation>基本的な対応事項ごとの、比べる集団で実施済みの機関の割合（%1件。同業の多くが実施済みで自金融機関が未対応の項目が先）(&amp;I):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No basic item that most of your peers implement is missing here.</source>
        <translation>同業の多くが実施済みで、自金融機関が未実施・一部実施の基本的な対応事項はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most of your peers &amp;implement these; you answered Partially or Not implemented (%1):</source>
        <translation>同業の多くが実施済みで、自金融機関は「一部実施」「未実施」の項目（%1件）(&amp;I):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of peers · %2 %3 %4 — %5</source>
        <translation>%1の機関が実施済み · %2 %3 %4 — %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not published</source>
        <translation>公表なし</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/peers_view.py" line="+90"/>
        <source>Grou&amp;ping:</source>
        <translation>グループ分け(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Domain:</source>
        <translation>分野(&amp;D):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every domain</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No member has submitted for this campaign yet.</source>
        <translation>この提出依頼に提出した会員はまだいません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member has a rate for this tier: nothing of it is assessed.</source>
        <translation>この区分の実施率がある会員はいません（評価の対象になっている項目がありません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boxes: the middle half of the members (Q1 to Q3), the line inside is the median, the whiskers reach the lowest and the highest rate; %1 is the mean.</source>
        <translation>箱は真ん中の半数の会員（第1四分位〜第3四分位）、箱の中の線は中央値、上下の線は最も低い実施率と最も高い実施率までを示します。%1 は平均です。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Implementation rate: %1</source>
        <translation>実施率：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Peer groups: %1</source>
        <translation>グループ別の分布：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mean</source>
        <translation>%1 平均</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grouping</source>
        <translation>グループ分け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q1</source>
        <translation>第1四分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q3</source>
        <translation>第3四分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
</context>
<context>
    <name>Portable</name>
    <message>
        <location filename="../../fsadesk/ui/app.py" line="+100"/>
        <source>fsadesk is set to keep its data beside the program (the file %1 is in its folder), but that folder is read-only, so nothing can be saved there.

Copy the whole fsadesk folder to a place you can write to (for example your Documents folder) and start it from there, or delete %1 to keep your data in your own user folder.

Nothing was written.

Folder: %2</source>
        <translation>fsadesk は、データをプログラムと同じフォルダーに保存する設定になっています（そのフォルダーに %1 というファイルがあります）。しかし、そのフォルダーは読み取り専用のため、何も保存できません。

fsadesk のフォルダーを丸ごと、書き込みのできる場所（たとえば「ドキュメント」フォルダー）にコピーして、そこから起動してください。または %1 を削除すると、データはあなたのユーザーフォルダーに保存されます。

何も書き込んでいません。

フォルダー：%2</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_pages.py" line="-269"/>
        <source>Your institution</source>
        <translation>金融機関の情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell us who is being assessed. This decides which items apply to you.</source>
        <translation>評価の対象となる金融機関について入力してください。評価する項目を決めるために使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution na&amp;me:</source>
        <translation>金融機関名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution &amp;ID:</source>
        <translation>機関コード(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your financial institution code (for example the four-digit bank code). It names your institution in reports and in the files you send to your central organisation. If you are not sure which code to use, ask your central organisation.</source>
        <translation>金融機関コード（4桁の番号など）を入力してください。報告書や中央機関へ送るファイルで、あなたの金融機関を示すために使います。どのコードを使うか分からない場合は、中央機関に確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;tegory:</source>
        <translation>業態(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shinkin banks, credit cooperatives and labour banks choose &quot;{regional}&quot;. JA and JF choose &quot;{ja_jf}&quot;.</source>
        <translation>信用金庫・信用組合・労働金庫は「{regional}」を、JA・JF は「{ja_jf}」を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Size (number of officers and staff)</source>
        <translation>規模（役職員数）(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We are a &amp;clearing or settlement institution (FMI)</source>
        <translation>清算・振替機関等に該当する(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clearing and settlement institutions run the infrastructure that settles payments and securities between financial institutions, such as clearing houses and book-entry transfer institutions. Most cooperative institutions leave this unticked. It is ticked for you when the category is {fmi}.</source>
        <translation>清算・振替機関等とは、清算機関や振替機関など、金融機関どうしの決済や証券の受け渡しを担う金融インフラのことです。ほとんどの協同組織金融機関は該当しません（チェックは不要です）。業態で「{fmi}」を選ぶと、自動でチェックされます。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Please enter the institution name and the institution ID.</source>
        <translation>金融機関名と機関コードを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the institution name.</source>
        <translation>金融機関名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the institution ID (the code your central organisation uses).</source>
        <translation>機関コード（中央機関があなたの金融機関を識別するコード）を入力してください。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The institution name</source>
        <translation>金融機関名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The institution ID</source>
        <translation>機関コード</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>{field} is too long (at most {limit} characters). Please shorten it.</source>
        <translation>{field}が長すぎます（{limit}文字まで）。短くしてください。</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../fsadesk/ui/profile_wizard.py" line="+93"/>
        <source>Institution and scope</source>
        <translation>機関情報と評価の範囲</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../fsadesk/ui/i18n.py" line="+33"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../fsadesk/ui/central/member_dialogs.py" line="+95"/>
        <source>Revoke keys</source>
        <translation>鍵の失効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke the keys of %1 (%2)? From now on, bundles signed with them are refused at intake. Submissions already taken in stay as they are. The member can send a new enrolment file later to be trusted again.</source>
        <translation>%1（%2）の鍵を失効させますか？ 今後、これらの鍵で署名された提出物は受付で拒否されます。受付済みの提出物はそのまま残ります。会員は後で新しい登録ファイルを送れば、再び登録できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (required, for example &quot;the PC with the key was stolen&quot;):</source>
        <translation>理由(&amp;R)（必須。例:「鍵を保存したPCが盗まれた」）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke</source>
        <translation>失効させる(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the reason for revoking: it is kept with the key.</source>
        <translation>失効の理由を書いてください。理由は鍵と一緒に記録されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>理由が長すぎます。%1文字までにしてください。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_pages.py" line="+44"/>
        <source>What to assess</source>
        <translation>評価の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which items of the guideline you will assess.</source>
        <translation>ガイドラインのどの項目を評価するかを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The basic items are the cyber hygiene every financial institution is expected to have: knowing your systems, applying patches (the fixes software makers release for weak points), controlling access, keeping backups and being ready for incidents (attacks, leaks and other accidents that need a response). Most cooperative institutions start here.</source>
        <translation>基本的な対応事項は、すべての金融機関に求められるサイバーハイジーン（全員で守る基本の習慣）です。システムの把握、パッチ（メーカーが配る修正プログラム）の適用、アクセス権の管理、バックアップ、インシデント（サイバー攻撃や情報漏えいなど、対応が必要な事故）への備えなどが含まれます。ほとんどの協同組織金融機関は、まずここから始めます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds the desirable items: advanced practice the guideline expects mainly of large or systemically important institutions, such as threat-led penetration testing (TLPT: a full-scale test that breaks in the way real attackers do). Choose this if you are large or an FMI, or if you want to see how far you go beyond the basics.</source>
        <translation>対応が望ましい事項も加えて評価します。主に規模が大きい金融機関や、金融システム上重要な金融機関に望まれる先進的な取組みです（たとえば TLPT：実際の攻撃者の手口を再現して行う本格的な侵入テスト）。規模が大きい場合や清算・振替機関等の場合、また基本を超えてどこまで取り組めているかを確かめたい場合に選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>We have preselected the choice that usually fits your size and type. You can change it later, with your answers about your systems, under File &gt; Institution and scope.</source>
        <translation>規模などから、通常あてはまるほうをあらかじめ選んでいます。業務とシステムについての回答とあわせて、後から「ファイル」メニューの「機関情報と評価の範囲」で変更できます。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../fsadesk/ui/setup_wizard.py" line="+90"/>
        <source>Set up fsadesk</source>
        <translation>fsadesk の初期設定</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The details entered were not accepted. Go back, check them and try again.</source>
        <translation>入力した内容を受け付けられませんでした。前の画面に戻って内容を確かめ、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace could not be created</source>
        <translation>ワークスペースを作成できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fsadesk could not create the workspace in {folder}.</source>
        <translation>{folder} にワークスペースを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../fsadesk/ui/signoff_dialog.py" line="+193"/>
        <source>Sign off and finalise</source>
        <translation>承認の記録と確定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record who prepared and reviewed this assessment and the member of senior management who approved it. After finalising, the answers can no longer be changed; the report and the bundle for your central organisation show exactly this state. To correct something later, start a revision: the finalised version is kept.</source>
        <translation>この評価を作成した人、確認した人、承認した経営陣の方を記録してください。確定すると回答は変更できなくなり、報告書や提出用ファイルには、確定したときの内容がそのまま載ります。あとで修正が必要になったときは、改訂版を作成してください（確定した版はそのまま残ります）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prepared by:</source>
        <translation>作成者(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed by:</source>
        <translation>確認者(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by (senior management):</source>
        <translation>承認者（経営陣）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finalise</source>
        <translation>確定(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked for review</source>
        <translation>見直しの印あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap without a plan or risk acceptance</source>
        <translation>改善計画もリスクの受容もない不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason missing (not applicable or alternative)</source>
        <translation>理由のない「該当なし」・「代替策で対応」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {count}</source>
        <translation>{kind}：{count}件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything is finished yet. Still open: {counts}. Double-click a line to go to the item.</source>
        <translation>まだ終わっていない点があります。未完了：{counts}。行をダブルクリックすると、その項目を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Go to this item</source>
        <translation>この項目を開く(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise with &amp;open points</source>
        <translation>未完了の項目があるまま確定する(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is it finalised with open points? (kept with the sign-off)</source>
        <translation>未完了のまま確定する理由（承認の記録とともに保存されます）(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reason can be at most {limit} characters. What did not fit was not added.</source>
        <translation>理由は{limit}文字までです。入りきらなかった分は入れていません。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Please enter a name for every role.</source>
        <translation>作成者・確認者・承認者の氏名をすべて入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} points are still open (listed above). Finish them first, or tick “Finalise with open points” and write why.</source>
        <translation>未完了の点が{count}件あります（上の一覧）。先に仕上げるか、「未完了の項目があるまま確定する」にチェックを入れて理由を書いてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please write why the assessment is finalised with open points (at most {limit} characters).</source>
        <translation>未完了のまま確定する理由を書いてください（{limit}文字まで）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finalise now with {count} points still open? The answers of this cycle will then be read-only; that it was finalised with open points, and why, is kept with the sign-off.</source>
        <translation>未完了の点が{count}件あるまま確定しますか？ 確定後はこの回の回答を変更できません。未完了のまま確定したこととその理由は、承認の記録とともに保存されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Finalise the assessment</source>
        <translation>評価の確定</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Finalise now? The answers of this cycle will then be read-only.</source>
        <translation>確定しますか？確定すると、この年度の回答は変更できなくなります。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The sign-off could not be saved as entered. Check every name and position, then try again.</source>
        <translation>入力どおりに承認を保存できませんでした。すべての氏名と役職を確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+36"/>
        <source>A name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+36"/>
        <source>A position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{field} can be at most {limit} characters. What did not fit was not added.</source>
        <translation>{field}は{limit}文字までです。入りきらなかった分は入れていません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{field} is too long (at most {limit} characters). Please shorten it.</source>
        <translation>{field}が長すぎます（{limit}文字まで）。短くしてください。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../fsadesk/ui/app.py" line="-32"/>
        <source>Opening your assessment…</source>
        <translation>評価を開いています…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../fsadesk/ui/status_style.py" line="+37"/>
        <source>Implemented</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially implemented</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not implemented</source>
        <translation>未実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative measure</source>
        <translation>代替策で対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is in place and working.</source>
        <translation>取り組んでいて、実際に機能しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of it is done; something is still missing.</source>
        <translation>一部はできていますが、まだ足りないところがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not done yet.</source>
        <translation>まだ取り組んでいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We meet the aim in a different way (please describe it).</source>
        <translation>別の方法で同じ目的を満たしています（内容の説明が必要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not apply to our institution (please give the reason).</source>
        <translation>自組織には当てはまりません（理由の入力が必要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not decided yet.</source>
        <translation>まだ決めていません。</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/status_view.py" line="+159"/>
        <source>Received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with a flag</source>
        <translation>注記つきで受付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>期限後に提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>未提出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fi&amp;lter by state:</source>
        <translation>提出状況で絞り込み(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All members</source>
        <translation>すべての会員</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Institution ID</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>業態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size band</source>
        <translation>規模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>提出状況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle made</source>
        <translation>ファイル作成日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in</source>
        <translation>取り込み日</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Deadline: %1 · %2 members expected</source>
        <translation>締切：%1 ・ 提出を求める会員：%2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fsadesk/ui/summary_page.py" line="+123"/>
        <source>Summary</source>
        <translation>評価結果のまとめ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overview</source>
        <translation>全体の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>回答済みの割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic response items
implementation rate</source>
        <translation>基本的な対応事項の
実施率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable response items
implementation rate</source>
        <translation>対応が望ましい事項の
実施率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open gaps
(basic items)</source>
        <translation>対応未定の不足
（基本的な対応事項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation rate by domain</source>
        <translation>分野別の実施率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your figures</source>
        <translation>自金融機関の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and your peer group</source>
        <translation>同業の機関との比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic response items</source>
        <translation>基本的な対応事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable response items</source>
        <translation>対応が望ましい事項</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open item</source>
        <translation>項目を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item to change its answer (Enter)</source>
        <translation>選択した項目を開いて回答を変更します（Enter キー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export action plan (E&amp;xcel)…</source>
        <translation>改善計画を書き出す（Excel）(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export action plan (&amp;CSV)…</source>
        <translation>改善計画を書き出す（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report and signed bundle…</source>
        <translation>報告書と提出用ファイル(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board report (PDF) and a file for your central organisation, sealed so that any change to it can be detected.</source>
        <translation>理事会向けの報告書（PDF）と、中央機関へ提出するファイルです。提出用ファイルには電子署名がつくため、少しでも書き換えられると分かります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every item answered Partially implemented or Not implemented. Double-click a row, or press Enter, to open the item. To set the owner, target date or priority, select the cell and press F2 or start typing.</source>
        <translation>「一部実施」または「未実施」と回答したすべての項目です。行をダブルクリックするか Enter キーで、その項目を開きます。担当者・完了予定日・優先度は、セルを選んで F2 キーを押すか、そのまま入力して設定します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{answered} of {total} items answered</source>
        <translation>{total}項目中{answered}項目に回答済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not assessed</source>
        <translation>評価の対象外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only basic response items are in scope.</source>
        <translation>評価の範囲は基本的な対応事項のみです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rates count each item in scope as 1 when implemented and ½ when partially implemented. Unanswered items count as 0 until you answer them, so the rates rise as you go.</source>
        <translation>実施率は、評価の対象となる項目ごとに「実施済み」を1、「一部実施」を0.5として数えた割合です。未回答の項目は回答するまで0として数えるため、回答を進めるほど上がります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A gap is a basic response item answered Partially implemented or Not implemented. It stays open until it has an owner and a target date, or a risk acceptance approved by senior management.</source>
        <translation>「不足」とは、基本的な対応事項のうち「一部実施」または「未実施」と回答した項目です。担当者と完了予定日を決めるか、経営陣が承認したリスクの受容を記録するまでは「対応未定」として数えます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Action plan (items: {count})</source>
        <translation>改善計画（{count}項目）(&amp;A)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enter an owner and a target date for the items marked ⚠ below.</source>
        <translation>下の表で ⚠ の付いた項目に、担当者と完了予定日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every gap has a plan or an approved risk acceptance.</source>
        <translation>すべての不足に、改善計画または承認済みのリスクの受容があります。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change could not be saved.

{detail}</source>
        <translation>変更を保存できませんでした。

{detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export action plan</source>
        <translation>改善計画の書き出し</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Action plan exported</source>
        <translation>改善計画を書き出しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} items were saved to:
{path}</source>
        <translation>{count}項目を次の場所に保存しました：
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action plan could not be saved to:
{path}

{reason}

If the file is open in Excel, close it and try again, or choose another folder.</source>
        <translation>改善計画を次の場所に保存できませんでした：
{path}

{reason}

ファイルを Excel で開いている場合は閉じてからもう一度お試しいただくか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/trends_view.py" line="+135"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer groups (mean rate)</source>
        <translation>グループ（平均の実施率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One member</source>
        <translation>一つの会員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Domain:</source>
        <translation>分野(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institution ID or name</source>
        <translation>金融機関コードまたは名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members whose rate stayed below this are listed</source>
        <translation>実施率がこの値を下回り続けた会員を一覧にします</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Institution ID</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Campaigns in a row</source>
        <translation>続けて下回った提出依頼</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+93"/>
        <source>Trends need two or more campaigns.</source>
        <translation>推移を見るには、提出依頼が2回以上必要です。</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Grou&amp;ping:</source>
        <translation>グループ分け(&amp;P):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loo&amp;k up member:</source>
        <translation>会員を探す(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold le&amp;vel:</source>
        <translation>基準(&amp;V):</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No member has submitted for these campaigns yet.</source>
        <translation>これらの提出依頼に提出した会員はまだいません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign (oldest to newest)</source>
        <translation>提出依頼（古い順）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation rate: %1</source>
        <translation>実施率：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rates of %1 by domain</source>
        <translation>%1 の分野ごとの実施率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean rate of each peer group: %1</source>
        <translation>グループごとの平均の実施率：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Members below %1 % in the same domain for two or more campaigns in a row: %2</source>
        <translation>同じ分野で2回以上続けて %1 % を下回った会員：%2 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member stayed below %1 % in the same domain for two or more campaigns in a row.</source>
        <translation>同じ分野で2回以上続けて %1 % を下回った会員はいません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>提出依頼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>実施率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean rate</source>
        <translation>平均の実施率</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../fsadesk/ui/error_texts.py" line="+53"/>
        <source>The workspace in %1 cannot be used as it is. Nothing was changed in it.</source>
        <translation>%1 のワークスペースは、このままでは使えません。中身は何も変えていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The change could not be saved, and nothing was changed. Check that the disk is not full and that fsadesk is not open twice on this workspace, then try again.</source>
        <translation>変更を保存できませんでした。何も変わっていません。ディスクがいっぱいでないか、このワークスペースを fsadesk で二つ開いていないかを確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fsadesk&apos;s guideline data could not be read. Nothing has been changed. Reinstalling fsadesk restores the data.</source>
        <translation>fsadesk のガイドラインのデータを読み込めませんでした。何も変わっていません。fsadesk を入れ直すとデータが元に戻ります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;Not applicable&apos; needs a reason. Write why this item does not apply.</source>
        <translation>「該当なし」には理由が必要です。この項目が当てはまらない理由を書いてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;Alternative measure&apos; needs a description of the measure you take instead.</source>
        <translation>「代替策で対応」には、代わりにとっている対策の説明が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A remediation plan needs both a person in charge and a target date.</source>
        <translation>改善計画には担当者と目標日の両方が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A risk acceptance needs who approved it, the reason and the date.</source>
        <translation>リスクの受容には、承認した人、理由、日付が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notes are longer than {limit} characters. Please shorten them.</source>
        <translation>メモが {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The evidence is longer than {limit} characters. Please shorten it.</source>
        <translation>証跡が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is longer than {limit} characters. Please shorten it.</source>
        <translation>理由が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of the person in charge is longer than {limit} characters. Please shorten it.</source>
        <translation>担当者の名前が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done is longer than {limit} characters. Please shorten it.</source>
        <translation>実施する対策が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of who approved the risk is longer than {limit} characters. Please shorten it.</source>
        <translation>リスクの受容を承認した人の名前が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for accepting the risk is longer than {limit} characters. Please shorten it.</source>
        <translation>リスクを受け入れる理由が {limit} 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 が見つかりません。名前とフォルダーを確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fsadesk is not allowed to use %1. Choose another folder, or ask whoever manages this PC.</source>
        <translation>fsadesk には %1 を使う権限がありません。別のフォルダーを選ぶか、このパソコンの管理者に相談してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC does not allow fsadesk to change %1. Choose another folder or file.</source>
        <translation>このパソコンでは、fsadesk が %1 を変更することが許されていません。別のフォルダーかファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no space left on the disk for %1. Free some space and try again.</source>
        <translation>%1 を書き込むディスクに空きがありません。空きを作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a disk that can only be read, not written. Choose another place.</source>
        <translation>%1 は読み取り専用のディスクにあり、書き込めません。別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a file. Choose a file.</source>
        <translation>%1 はフォルダーで、ファイルではありません。ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the path %1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 の途中にフォルダーではなくファイルがあります。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or path %1 is too long for this PC. Choose a shorter name or a folder nearer the top.</source>
        <translation>%1 は名前か場所が長すぎて、このパソコンでは扱えません。短い名前か、もっと浅いフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read or written. Check the disk and the folder, then try again.</source>
        <translation>%1 を読み書きできませんでした。ディスクとフォルダーを確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts_bundle.py" line="-12"/>
        <source>The signing key of this workspace cannot be used.</source>
        <translation>このワークスペースの署名鍵が使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace has no signing key yet. Exporting once creates it.</source>
        <translation>このワークスペースにはまだ署名鍵がありません。一度書き出すと作られます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace already has a signing key. Use &apos;New signing key&apos; to replace it.</source>
        <translation>このワークスペースにはすでに署名鍵があります。取り替えるときは「新しい署名鍵」を使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is not right for this workspace&apos;s signing key. Type it again, taking care of capital letters. If nobody knows it any more, make a new signing key.</source>
        <translation>パスフレーズがこのワークスペースの署名鍵と合いません。大文字と小文字に気をつけて、もう一度入力してください。だれも覚えていない場合は、新しい署名鍵を作ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing key file of this workspace is damaged or mixed up with another one. Make a new signing key, and send the new enrolment file to your central organisation.</source>
        <translation>このワークスペースの署名鍵のファイルが壊れているか、別のものと入れ替わっています。新しい署名鍵を作り、新しい登録ファイルを中央機関に送ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an fsadesk enrolment file, or it is damaged. Ask for a new one.</source>
        <translation>fsadesk の登録ファイルではないか、壊れています。新しいものを送ってもらってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This bundle cannot be used.</source>
        <translation>この提出用ファイルは使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not an fsadesk bundle (.fsab). Choose the bundle file you received.</source>
        <translation>このファイルは fsadesk の提出用ファイル（.fsab）ではありません。受け取った提出用ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle file is incomplete: it was cut off while being copied or sent. Ask for it again.</source>
        <translation>提出用ファイルが途中までしかありません。コピーか送信の途中で切れています。もう一度送ってもらってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is damaged or has been changed since it was signed, so it cannot be trusted. Ask the sender for a new one.</source>
        <translation>提出用ファイルが壊れているか、署名の後に変更されているため、信頼できません。送り主に新しいものを頼んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle contains a file name that could write outside its folder. It was not made by fsadesk; do not open it.</source>
        <translation>提出用ファイルに、フォルダーの外へ書き込むおそれのあるファイル名が入っています。fsadesk で作られたものではありません。開かないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle contains a file name fsadesk never writes. It was not made by fsadesk.</source>
        <translation>提出用ファイルに、fsadesk が使わない形のファイル名が入っています。fsadesk で作られたものではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle contains the same file twice. It has been changed since it was made.</source>
        <translation>提出用ファイルに同じファイルが二つ入っています。作られた後に変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle contains a link to another file. It was not made by fsadesk; do not open it.</source>
        <translation>提出用ファイルに別のファイルへのリンクが入っています。fsadesk で作られたものではありません。開かないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle contains a folder entry, which fsadesk never writes. It has been changed.</source>
        <translation>提出用ファイルに、fsadesk が入れることのないフォルダーが入っています。変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file in the bundle is larger than fsadesk ever writes. It has been changed.</source>
        <translation>提出用ファイルの中に、fsadesk が作るよりも大きなファイルがあります。変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file in the bundle would unpack to far more than its size. It is not a real bundle; do not open it.</source>
        <translation>提出用ファイルの中に、展開すると大きさが極端にふくらむファイルがあります。本物の提出用ファイルではありません。開かないでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle uses a zip feature fsadesk never writes (such as a password). It was repacked by another program; ask for the original.</source>
        <translation>提出用ファイルが、fsadesk の使わない zip の機能（パスワードなど）を使っています。別のソフトで作り直されています。元のファイルを送ってもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was repacked by another program, so it is not the file fsadesk signed. Ask for the original.</source>
        <translation>提出用ファイルが別のソフトで作り直されているため、fsadesk が署名したファイルではありません。元のファイルを送ってもらってください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle does not hold the files it should. It has been changed since it was made.</source>
        <translation>提出用ファイルに入っているべきファイルがそろっていません。作られた後に変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file is missing from the bundle. Ask the sender to export it again.</source>
        <translation>提出用ファイルからファイルが一つ欠けています。送り主にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle holds a file that fsadesk did not put there. It has been changed.</source>
        <translation>提出用ファイルに、fsadesk が入れていないファイルが入っています。変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s list of contents is damaged or not in fsadesk&apos;s format.</source>
        <translation>提出用ファイルの内容一覧が壊れているか、fsadesk の形式ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was made by a newer version of fsadesk. Please update fsadesk on this PC.</source>
        <translation>この提出用ファイルは新しいバージョンの fsadesk で作られています。このパソコンの fsadesk を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file in the bundle was changed after it was signed, so its contents cannot be trusted. Ask the sender for a new bundle.</source>
        <translation>提出用ファイルの中のファイルが署名の後に変更されているため、内容を信頼できません。送り主に新しい提出用ファイルを頼んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment in the bundle is damaged or not in fsadesk&apos;s format.</source>
        <translation>提出用ファイルの中の評価結果が壊れているか、fsadesk の形式ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text in this assessment is longer than a bundle allows, so nothing was exported. Shorten it (the details below name it) and export again.</source>
        <translation>この評価の中に、提出用ファイルに入れられる長さを超える文章があるため、何も書き出していません。その文章（下の詳細に書いてあります）を短くしてから、もう一度書き出してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle&apos;s signature does not match: it was changed after signing, or signed with another key. Do not trust its contents.</source>
        <translation>提出用ファイルの署名が合いません。署名の後に変更されたか、別の鍵で署名されています。内容を信頼しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was signed by an institution whose key is not enrolled here. Enrol its key first.</source>
        <translation>提出用ファイルは、ここに登録されていない金融機関の鍵で署名されています。先にその鍵を登録してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle could not be encrypted or decrypted.</source>
        <translation>提出用ファイルを暗号化または復号できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is encrypted. Decrypt it with your key first, then open it.</source>
        <translation>この提出用ファイルは暗号化されています。先にお手元の鍵で復号してから開いてください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts_central.py" line="+15"/>
        <source>This folder already holds the central organisation&apos;s keys. They are never replaced; choose an empty folder for new keys.</source>
        <translation>このフォルダーには中央機関の鍵がすでにあります。鍵は置き換えません。新しい鍵には空のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central organisation&apos;s keys are not in this folder. Set up the central organisation first, or choose the folder its keys are in.</source>
        <translation>このフォルダーに中央機関の鍵がありません。先に中央機関の設定をするか、鍵のあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central organisation&apos;s key files are damaged or mixed up with others. Restore the key folder from its backup.</source>
        <translation>中央機関の鍵ファイルが壊れているか、別の鍵と混ざっています。鍵のフォルダーをバックアップから戻してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file from the central organisation cannot be used.</source>
        <translation>この中央機関のファイルは使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is not allowed in a campaign file or receipt (too long, or not in the expected form), so nothing was written. Correct it (the details below name it) and try again.</source>
        <translation>提出依頼ファイルまたは受領証に使えない値があるため（長すぎる、または形式が違う）、何も書き出していません。下の詳細に書かれた項目を直して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not an fsadesk campaign file (.fsac). Choose the campaign file your central organisation sent.</source>
        <translation>このファイルは fsadesk の提出依頼ファイル（.fsac）ではありません。中央機関から届いた提出依頼ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign file is damaged or was changed after it was made, so it cannot be trusted. Ask your central organisation to send it again.</source>
        <translation>提出依頼ファイルが壊れているか、作成後に変更されているため、信頼できません。中央機関にもう一度送ってもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This campaign file was made by a newer version of fsadesk. Please update fsadesk on this PC.</source>
        <translation>この提出依頼ファイルは新しいバージョンの fsadesk で作られています。このパソコンの fsadesk を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign file&apos;s signature does not match: it was changed after signing. Do not use it; ask your central organisation for a new one.</source>
        <translation>提出依頼ファイルの署名が一致しません。署名の後で変更されています。使わずに、中央機関に新しいファイルを依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This campaign file was signed by another key than the central organisation this workspace trusts. Call your central organisation and compare the key&apos;s fingerprint before using it.</source>
        <translation>この提出依頼ファイルは、このワークスペースが信頼している中央機関とは別の鍵で署名されています。使う前に中央機関に電話して、鍵のフィンガープリントを照らし合わせてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file is not an fsadesk receipt (.fsar). Choose the receipt your central organisation sent.</source>
        <translation>このファイルは fsadesk の受領証（.fsar）ではありません。中央機関から届いた受領証を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt is damaged or was changed after it was made, so it cannot be trusted. Ask your central organisation to send it again.</source>
        <translation>受領証が壊れているか、作成後に変更されているため、信頼できません。中央機関にもう一度送ってもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt was made by a newer version of fsadesk. Please update fsadesk on this PC.</source>
        <translation>この受領証は新しいバージョンの fsadesk で作られています。このパソコンの fsadesk を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt&apos;s signature does not match: it was changed after signing, or someone else made it. It does not prove that your submission arrived.</source>
        <translation>受領証の署名が一致しません。署名の後で変更されたか、別の人が作ったものです。提出が届いたことの証明にはなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt is from another organisation than the one in your campaign file. It does not prove that your submission arrived; ask your central organisation.</source>
        <translation>この受領証は、提出依頼ファイルの中央機関とは別の組織からのものです。提出が届いたことの証明にはなりません。中央機関に確認してください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts_campaign.py" line="+14"/>
        <source>This campaign file was already imported. Nothing was changed.</source>
        <translation>この提出依頼ファイルはすでに読み込まれています。何も変更していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This receipt was already imported. Nothing was changed.</source>
        <translation>この受領証はすでに読み込まれています。何も変更していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No campaign file has been imported yet. Import the campaign file from your central organisation first (File ▸ Import campaign file…), then the receipt.</source>
        <translation>まだ提出依頼ファイルが読み込まれていません。先に中央機関からの提出依頼ファイルを読み込み（ファイル ▸ 提出依頼ファイルの読み込み…）、そのあとで受領証を読み込んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt is for a campaign that was never imported into this workspace. Import that campaign file first, or ask your central organisation which receipt is yours.</source>
        <translation>この受領証は、このワークスペースに読み込まれていない提出依頼のものです。先にその提出依頼ファイルを読み込むか、どの受領証がこちら宛てか中央機関に確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt is for a bundle this workspace never exported. It may be meant for another institution or another workspace; ask your central organisation. Nothing was stored.</source>
        <translation>この受領証は、このワークスペースから書き出したことのない提出用ファイルのものです。別の機関や別のワークスペース宛てかもしれません。中央機関に確認してください。何も保存していません。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts_benchmark.py" line="+15"/>
        <source>This file is not an fsadesk benchmark pack (.fsbp). Choose the benchmark pack your central organisation sent.</source>
        <translation>このファイルは fsadesk のベンチマークファイル（.fsbp）ではありません。中央機関から届いたベンチマークファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The benchmark pack is damaged or was changed after it was made, so it cannot be trusted. Ask your central organisation to send it again.</source>
        <translation>ベンチマークファイルが壊れているか、作成後に書き換えられているため、信用できません。中央機関にもう一度送ってもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This benchmark pack was made by a newer version of fsadesk. Please update fsadesk on this PC.</source>
        <translation>このベンチマークファイルは新しい版の fsadesk で作られています。このパソコンの fsadesk を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark pack&apos;s signature does not match: it was changed after signing. Do not use it; ask your central organisation for a new one.</source>
        <translation>ベンチマークファイルの署名が合いません。署名のあとで書き換えられています。使わずに、中央機関に新しいファイルを送ってもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This benchmark pack was signed by another key than the central organisation whose campaign file this workspace holds. Nothing was stored. Ask your central organisation which file is theirs.</source>
        <translation>このベンチマークファイルは、読み込み済みの提出依頼ファイルの中央機関とは別の鍵で署名されています。何も記録していません。どのファイルが正しいか、中央機関に確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This benchmark pack was already imported. Nothing was changed.</source>
        <translation>このベンチマークファイルはすでに読み込まれています。何も変更していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No campaign file has been imported yet. Import the campaign file from your central organisation first (File ▸ Import campaign file…), then the benchmark pack.</source>
        <translation>提出依頼ファイルがまだ読み込まれていません。先に中央機関から届いた提出依頼ファイルを読み込み（ファイル ▸ 提出依頼ファイルの読み込み…）、そのあとでベンチマークファイルを読み込んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This benchmark pack is for a campaign that was never imported into this workspace. Import that campaign file first, or ask your central organisation which pack is for you.</source>
        <translation>このベンチマークファイルは、まだ読み込んでいない提出依頼のものです。先にその提出依頼ファイルを読み込むか、どのファイルを使えばよいか中央機関に確かめてください。</translation>
    </message>
</context>
<context>
    <name>WeakestView</name>
    <message>
        <location filename="../../fsadesk/ui/central/dashboard/weakest_view.py" line="+77"/>
        <source>&amp;Show tier:</source>
        <translation>表示する区分(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic response items</source>
        <translation>基本的な対応事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable response items</source>
        <translation>対応が望ましい事項</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No member has submitted for this campaign yet.</source>
        <translation>この提出依頼に提出した会員はまだいません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member answered an item of this tier Not implemented.</source>
        <translation>この区分の項目に「未実施」と回答した会員はいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member answered a desirable item Not implemented (or none of them assesses it).</source>
        <translation>対応が望ましい事項に「未実施」と回答した会員はいません（評価の対象にしている会員がいない場合も含みます）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the %1 items answered Not implemented by the most members, of %2; Numbers lists them all.</source>
        <translation>グラフは「未実施」と回答した会員が多い順に %1 項目を示します（全 %2 項目。「数値」ですべて見られます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items answered Not implemented, by the number of members.</source>
        <translation>「未実施」と回答された項目を、回答した会員の数で示します。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Members who answered Not implemented (of %1 that submitted)</source>
        <translation>「未実施」と回答した会員の数（提出した %1 会員のうち）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items most often answered Not implemented: %1</source>
        <translation>「未実施」の回答が多い項目：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 member(s) in all</source>
        <translation>合計 %1 会員</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of members that submitted</source>
        <translation>提出した会員に占める割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories (members)</source>
        <translation>業態（会員数）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_wizard.py" line="-291"/>
        <source>Welcome to fsadesk</source>
        <translation>fsadesk へようこそ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let&apos;s set up your first assessment. It takes about five minutes.</source>
        <translation>最初の評価の準備をします。5分ほどで終わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fsadesk helps you check your institution against the FSA&apos;s Guidelines on Cybersecurity in the Financial Sector. You answer each item of the guideline, and fsadesk shows what is in place, what is missing and what to do next.</source>
        <translation>fsadesk は、金融庁の「金融分野におけるサイバーセキュリティに関するガイドライン」に照らして、自組織の取組みを点検するためのソフトです。ガイドラインの項目に一つずつ答えると、できていること、足りないこと、次にすべきことが分かります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything stays on this PC. fsadesk does not use the internet, and nothing is sent anywhere unless you export it yourself.</source>
        <translation>データはすべてこのパソコンの中に保存されます。fsadesk はインターネットを使わず、ご自身で書き出さない限り、どこにも送信されません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once you start, every answer is saved as you go, so you can stop at any time and carry on later.</source>
        <translation>評価を始めると、回答は入力するたびに保存されます。いつ中断しても、続きから再開できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, choose your language:</source>
        <translation>はじめに、表示する言語を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who uses this PC?</source>
        <translation>このPCを使うのは？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;member institution that assesses itself (the usual case)</source>
        <translation>自己評価を行う会員の金融機関（通常はこちら）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;central organisation (federation or central bank) that receives its members&apos; submissions</source>
        <translation>会員からの提出物を受け付ける連合会・中央機関(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WorkspaceFault</name>
    <message>
        <location filename="../../fsadesk/ui/error_texts.py" line="-136"/>
        <source>fsadesk is open in another window or program on this workspace; close it and try again.</source>
        <translation>このワークスペースは、別のウィンドウかプログラムで fsadesk が開いています。そちらを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, so nothing can be saved there (the workspace can still be read). Copy the folder to a place you can write to, or make it writable.</source>
        <translation>フォルダー %1 は読み取り専用のため、ここには保存できません（ワークスペースを読むことはできます）。書き込みのできる場所へフォルダーごと写すか、フォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace file %1 is read-only, so nothing can be saved in it. Make the file writable, or copy the workspace folder.</source>
        <translation>ワークスペースのファイル %1 は読み取り専用のため、保存できません。ファイルを書き込み可能にするか、ワークスペースのフォルダーごと写してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full. Free some space on it and try again.</source>
        <translation>%1 のあるディスクがいっぱいです。空きを作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to use the workspace in %1. Ask whoever manages this PC for access.</source>
        <translation>%1 のワークスペースを使う権限がありません。この PC を管理している方に、使えるようにしてもらってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a workspace file. Choose the folder that contains workspace.sqlite.</source>
        <translation>%1 はフォルダーで、ワークスペースのファイルではありません。workspace.sqlite が入っているフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/errors.py" line="-35"/>
        <source>This answer could not be saved.</source>
        <translation>この回答を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed is still here; fsadesk tries again with your next change.</source>
        <translation>入力した内容は画面に残っており、次に変更したときにもう一度保存を試みます。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts.py" line="+41"/>
        <source>This assessment is finalised (signed off), so it can no longer be changed.</source>
        <translation>この評価は確定済み（承認済み）のため、変更できません。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/errors.py" line="+10"/>
        <source>This answer is not complete as it stands; open the item to see what it needs.</source>
        <translation>この回答はこのままでは保存できません。項目を開いて、足りないものを確認してください。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/error_texts.py" line="-66"/>
        <source>Check that the disk is not full and that fsadesk is not open twice on this workspace, then try again.</source>
        <translation>ディスクの空き容量が足りているか、このワークスペースを fsadesk で二重に開いていないかを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../fsadesk/ui/setup_workspace_page.py" line="+95"/>
        <source>Where to keep your assessment</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fsadesk keeps each institution&apos;s assessment in a folder of its own, called a workspace.</source>
        <translation>fsadesk は、金融機関ごとの評価を「ワークスペース」と呼ぶ専用のフォルダーに保存します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start a new assessment</source>
        <translation>新しく評価を始める(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The suggested folder is fine for most people. Your answers and their history are kept there.</source>
        <translation>通常は表示されているフォルダーのままで問題ありません。回答とその履歴がここに保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open an existing workspace folder</source>
        <translation>既存のワークスペースを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder chosen yet</source>
        <translation>フォルダーが選ばれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose this if fsadesk was already set up, for example on another PC or by a colleague.</source>
        <translation>別のパソコンで設定した場合や、同僚がすでに設定した場合などに選んでください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a folder for the new workspace</source>
        <translation>新しいワークスペースの保存先を選択</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the workspace folder to open</source>
        <translation>開くワークスペースのフォルダーを選択</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{folder} already holds an fsadesk workspace. To continue with it, choose &quot;Open an existing workspace folder&quot;; to start a new assessment, choose another folder.</source>
        <translation>{folder} には、すでに fsadesk のワークスペースがあります。そのまま続けるには「既存のワークスペースを開く」を選んでください。新しく評価を始めるには、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} is not an fsadesk workspace. Choose the folder fsadesk created; it contains the file workspace.sqlite.</source>
        <translation>{folder} は fsadesk のワークスペースではありません。fsadesk が作成したフォルダー（workspace.sqlite というファイルが入っています）を選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose the workspace folder you want to open.</source>
        <translation>開くワークスペースのフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblem</name>
    <message>
        <location filename="../../fsadesk/ui/error_texts.py" line="+38"/>
        <source>No fsadesk workspace was found in %1.</source>
        <translation>%1 に fsadesk のワークスペースが見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an fsadesk workspace.</source>
        <translation>%1 は fsadesk のワークスペースではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace file %1 is damaged or incomplete, so it cannot be opened. Nothing was changed. Restore it from a backup: your own copy, or the backups folder next to it.</source>
        <translation>ワークスペースのファイル %1 が壊れているか途中までしかないため、開けません。ファイルは変更していません。バックアップ（ご自身で取った写し、または同じ場所の backups フォルダー）から元に戻してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace was saved by a newer version of fsadesk. Please update fsadesk on this PC. The file has not been changed.</source>
        <translation>このワークスペースは新しいバージョンの fsadesk で保存されています。このパソコンの fsadesk を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating the workspace to this version failed. A copy from before the update is in the backups folder next to it.</source>
        <translation>ワークスペースをこのバージョンに合わせる更新に失敗しました。更新前の写しが、同じ場所の backups フォルダーにあります。</translation>
    </message>
    <message>
        <location filename="../../fsadesk/ui/errors.py" line="-26"/>
        <source>Details: %1</source>
        <translation>詳細：%1</translation>
    </message>
</context>
</TS>
