"""The report's cover, table of contents, executive summary and sign-off page."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from fsadesk.assessment.answers import Status
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.signoff import Role
from fsadesk.report.pdf_chart import domain_chart
from fsadesk.report.pdf_data import JST
from fsadesk.report.pdf_layout import Context
from fsadesk.report.pdf_styles import ACCENT, FONT, RULE, ZEBRA, markup
from fsadesk.report.pdf_text import day, percent
from fsadesk.terms import finalised_with_open_points, role_heading

_SIGN_PADDING = 8.0  # left and right padding of a sign-off field together


def _cycle_text(ctx: Context) -> str:
    cycle = ctx.data.cycle
    text = cycle_display_label(cycle.label, cycle.fiscal_year, ctx.lang)
    if cycle.revision > 1:
        text += f"（第{cycle.revision}版）" if ctx.lang == "ja" else f" (revision {cycle.revision})"
    return text


def _state_text(ctx: Context) -> str:
    cycle = ctx.data.cycle
    if cycle.is_open:
        return ctx.t("state_open")
    if not cycle.finalised_at:
        return ctx.t("state_final")
    # The finalisation day in Japan time, like every other date of the report.
    stamp = dt.datetime.fromisoformat(cycle.finalised_at)
    on = (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).astimezone(JST).date()
    # Finalised with points still open: said on the cover; what and why is in the summary.
    if ctx.lang == "ja":
        extra = f"、{ctx.t('state_final_open')}" if cycle.finalise_note else ""
        return f"{ctx.t('state_final')}（{day(on, ctx.lang)}{extra}）"
    extra = f"; {ctx.t('state_final_open')}" if cycle.finalise_note else ""
    return f"{ctx.t('state_final')} ({day(on, ctx.lang)}{extra})"


def cover(ctx: Context) -> list[Flowable]:
    data, s, lang = ctx.data, ctx.styles, ctx.lang
    header = data.catalogue.header
    source = header.source
    preparer = data.signoffs.get(Role.PREPARER)
    dates = (
        ctx.t("guideline_dates", established=day(source.established, lang), revised=day(source.revised, lang))
        if source.revised
        else ctx.t("guideline_established", established=day(source.established, lang))
    )
    category = next((c.get(lang) for c in header.categories if c.id == data.profile.category), data.profile.category)
    rows: list[tuple[str, str]] = [
        (ctx.t("institution_id"), data.profile.institution_id),
        (ctx.t("category"), category),
        (ctx.t("cycle"), _cycle_text(ctx)),
        (ctx.t("state"), _state_text(ctx)),
        (ctx.t("as_of"), day(data.as_of, lang)),
        (ctx.t("preparer_cover"), _person(ctx, preparer.name, preparer.title) if preparer else ctx.t("not_recorded")),
        (ctx.t("guideline"), f"{source.title.get(lang)}（{source.issuer.get(lang)}、{dates}）"
         if lang == "ja" else f"{source.title.get(lang)} ({source.issuer.get(lang)}; {dates})"),
    ]  # fmt: skip
    # The catalogue's digest, the key's fingerprint and the versions are for whoever checks the
    # files, not for the board: they are on the technical page at the end (pdf_back.technical).

    details = ctx.table(None, [[ctx.cell(k), ctx.cell(v)] for k, v in rows], (0.30, 0.70), zebra=False)
    out: list[Flowable] = [
        Spacer(1, 18 * mm),
        ctx.p(source.title.get(lang), s.subtitle),
        ctx.p(ctx.t("report_title"), s.title),
        Spacer(1, 4 * mm),
        ctx.p(data.profile.name, s.h1),
        ctx.p(_cycle_text(ctx), s.h2),
        Spacer(1, 10 * mm),
        details,
    ]
    if data.cycle.catalogue_digest != data.catalogue.digest:
        out += [Spacer(1, 3 * mm), ctx.p(ctx.t("catalogue_mismatch", version=data.cycle.catalogue_version), s.small)]
    about = Table(
        [
            [ctx.p(ctx.t("about"), s.h3)],
            [ctx.p(ctx.t("about_source", title=source.title.get(lang)), s.small)],
            [ctx.p(ctx.t("about_scope"), s.small)],
        ],
        colWidths=[ctx.width],
    )
    about.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    out += [Spacer(1, 10 * mm), about, NextPageTemplate("body"), PageBreak()]
    return out


def _person(ctx: Context, name: str, title: str) -> str:
    if name and title:
        return f"{name}（{title}）" if ctx.lang == "ja" else f"{name} ({title})"
    return name or title


def contents(ctx: Context) -> list[Flowable]:
    # The contents table's own cell font defaults to Helvetica, which would be referenced unembedded.
    style = TableStyle(
        [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        + [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
    )
    toc = TableOfContents(
        levelStyles=[ctx.styles.cjk(st) for st in ctx.styles.toc_levels], dotsMinLevel=0, tableStyle=style
    )
    return [ctx.heading(ctx.t("toc"), 0, toc=False), Spacer(1, 4 * mm), toc, PageBreak()]


def summary(ctx: Context) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    overall = data.scores.overall
    desirable_in_scope = overall.desirable.assessed > 0
    out: list[Flowable] = [ctx.heading(ctx.t("summary"), 0), ctx.heading(ctx.t("in_words"), 2, toc=False)]

    sentences = [
        ctx.t(
            "s_completion",
            name=data.profile.name,
            total=overall.applicable,
            answered=overall.answered,
            rate=percent(overall.completion),
        ),
        ctx.t("s_rates", basic=percent(overall.basic.rate), desirable=percent(overall.desirable.rate))
        if desirable_in_scope
        else ctx.t("s_rates_basic_only", basic=percent(overall.basic.rate)),
        ctx.t("s_gaps", n=overall.open_gaps) if overall.open_gaps else ctx.t("s_no_gaps"),
    ]
    lowest = _lowest_domain(ctx)
    if lowest:
        sentences.append(lowest)
    note = data.cycle.finalise_note
    if note is not None and not data.cycle.is_open:
        # What the sign-off typed, with the counts at that moment (not recomputed: that is what
        # management saw and accepted when it finalised).
        counts = {kind.value: n for kind, n in note.open_counts.items()}
        sentences.insert(1, finalised_with_open_points(counts, note.reason, ctx.lang))
    out += [ctx.p(text) for text in sentences]

    review = len(data.marked_for_review())
    figures = [
        (
            ctx.t("completion"),
            ctx.t(
                "completion_value",
                rate=percent(overall.completion),
                answered=overall.answered,
                total=overall.applicable,
            ),
        ),
        (ctx.t("basic_rate"), percent(overall.basic.rate)),
        (ctx.t("desirable_rate"), percent(overall.desirable.rate) if desirable_in_scope else ctx.t("not_assessed")),
        (ctx.t("open_gaps"), ctx.t("count", n=overall.open_gaps)),
        (ctx.t("action_items"), ctx.t("count", n=len(data.actions))),
        (ctx.t("review_items"), ctx.t("count", n=review)),
    ]
    # Two figures a row: the summary, chart included, should fit on one page for the board.
    grid = [
        [cell for label, value in figures[i : i + 2] for cell in (ctx.cell(label), ctx.p(value, s.figure_value))]
        for i in range(0, len(figures), 2)
    ]
    out += [
        ctx.heading(ctx.t("key_figures"), 2, toc=False),
        ctx.table(None, grid, (0.26, 0.25, 0.27, 0.22), compact=True),
    ]

    out += [ctx.heading(ctx.t("next_steps"), 2, toc=False)]
    out += [ctx.styles.para(f"<bullet>•</bullet>{markup(step)}", s.bullet, raw=True) for step in _next_steps(ctx)]

    chart_heading = ctx.heading(ctx.t("chart_title"), 2, toc=False)
    out += [KeepTogether([chart_heading, domain_chart(data, ctx.lang, ctx.width)]), Spacer(1, 2 * mm)]
    out.append(KeepTogether([_domain_table(ctx)]))  # never a lone "Overall" row on the next page
    return out


def _lowest_domain(ctx: Context) -> str | None:
    rated = [
        (tally.basic.rate, number)
        for number, tally in sorted(ctx.data.scores.domains.items())
        if tally.basic.rate is not None
    ]
    if len(rated) < 2:
        return None
    rate, number = min(rated)
    return ctx.t("s_lowest", domain=ctx.domain_name(ctx.data.catalogue.node(number)), rate=percent(rate))


def _next_steps(ctx: Context) -> list[str]:
    data = ctx.data
    overall = data.scores.overall
    # A finalised cycle is locked: what is open is carried to the next cycle, never asked for here.
    final = "" if data.cycle.is_open else "_final"
    steps = []
    if overall.open_gaps:
        steps.append(ctx.t("n_gaps" + final, n=overall.open_gaps))
    unanswered = overall.statuses.get(Status.UNANSWERED.value, 0)
    if unanswered:
        steps.append(ctx.t("n_unanswered" + final, n=unanswered))
    overdue = data.overdue_plans()
    if overdue:
        steps.append(ctx.t("n_overdue", n=overdue))
    review = len(data.marked_for_review())
    if review:
        steps.append(ctx.t("n_review" + final, n=review))
    if data.cycle.is_open:
        steps.append(ctx.t("n_signoff"))
    elif overall.open_gaps or unanswered or review:
        steps.insert(0, ctx.t("n_next_cycle"))
    return steps or [ctx.t("n_nothing")]


def _domain_table(ctx: Context) -> Table:
    rows = []
    for d in ctx.data.catalogue.domains():
        tally = ctx.data.scores.domains[d.number]
        rows.append(
            [
                ctx.domain_name(d),
                f"{tally.answered} / {tally.applicable}",
                percent(tally.basic.rate),
                percent(tally.desirable.rate),
                str(tally.open_gaps),
            ]
        )
    overall = ctx.data.scores.overall
    rows.append(
        [
            ctx.t("overall"),
            f"{overall.answered} / {overall.applicable}",
            percent(overall.basic.rate),
            percent(overall.desirable.rate),
            str(overall.open_gaps),
        ]
    )
    header = [
        ctx.t("domain"),
        ctx.t("answered"),
        ctx.t("basic_short"),
        ctx.t("desirable_short"),
        ctx.t("col_open_gaps"),
    ]
    table = ctx.table(header, rows, (0.40, 0.15, 0.15, 0.15, 0.15), compact=True)
    table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)])
    return table


def _row_height(row: list[Paragraph], widths: list[float], least: float) -> float:
    """At least `least` points, or the wrapped text's height with the cell's padding."""
    text = max(cell.wrap(width - _SIGN_PADDING, 1e9)[1] for cell, width in zip(row, widths, strict=True))
    return float(max(least, text + 6))


def signoff(ctx: Context) -> list[Flowable]:
    """Three blocks (preparer, reviewer, approver) with room to sign by hand. A sign-off recorded
    in the workspace fills its fields; anything not recorded stays blank, never invented."""
    out: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("signoff_section"), 0), ctx.p(ctx.t("signoff_intro"))]
    for role in Role:
        entry = ctx.data.signoffs.get(role)
        values = [
            (ctx.t("sign_name"), entry.name if entry else ""),
            (ctx.t("sign_title"), entry.title if entry else ""),
            (ctx.t("sign_date"), day(entry.date, ctx.lang) if entry and entry.date else ""),
            (ctx.t("sign_signature"), ""),
        ]
        rows = [[ctx.cell(k), ctx.cell(v)] for k, v in values]
        widths = [ctx.width * 0.22, ctx.width * 0.60]
        # Room to write by hand under each field, and more when a long name or title wraps.
        heights = [_row_height(row, widths, least) for row, least in zip(rows, (26, 26, 26, 40), strict=True)]
        block = Table(
            [[ctx.heading(role_heading(role, ctx.lang), 2, toc=False), ""], *rows],
            colWidths=widths,
            rowHeights=[None, *heights],
            hAlign="LEFT",
        )
        block.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 1), (1, -1), 0.6, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), _SIGN_PADDING - 2),
            ]
        )
        out += [Spacer(1, 6 * mm), KeepTogether([block])]
    receipt = ctx.data.receipt
    if receipt is not None:  # the day in Japan, as the board reads its other dates
        received = day(receipt.received.astimezone(JST).date(), ctx.lang)
        said = ctx.t("submitted_received", organisation=receipt.organisation_name, date=received)
        out += [Spacer(1, 6 * mm), ctx.p(said)]
    out.append(Spacer(1, 8 * mm))
    out.append(ctx.p(f"{ctx.data.profile.name} · {_cycle_text(ctx)}", ctx.styles.small))
    return out
