"""The report's body: results per domain and subsection, open gaps, action plan, justifications,
risk acceptances, items marked for review, and the comparison with the previous cycle."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from fsadesk.assessment.action_plan import ActionRow
from fsadesk.assessment.answers import Status
from fsadesk.assessment.compare import Direction
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.report.pdf_layout import Context
from fsadesk.report.pdf_rows import Cell
from fsadesk.report.pdf_text import day, percent, priority_label

ITEM_COLUMNS = (0.13, 0.36, 0.17, 0.34)  # item | title | status | notes
# An empty section's heading and its line start a new page only when less than this is left.
EMPTY_SECTION_ROOM = 30 * mm


def _section(ctx: Context, key: str, intro: str, body: Flowable | None) -> list[Flowable]:
    """A list section: on a page of its own with its introduction and table, or, when it has
    nothing to list, its heading and the one line "None." wherever the previous section ended
    (a page that says only "none" wastes the board's paper and attention)."""
    if body is None:
        return [CondPageBreak(EMPTY_SECTION_ROOM), ctx.heading(ctx.t(key), 0), none_line(ctx)]
    return [PageBreak(), ctx.heading(ctx.t(key), 0), ctx.p(ctx.t(intro)), body]


def none_line(ctx: Context) -> Paragraph:
    return ctx.p(ctx.t("none"), ctx.styles.small)


def results(ctx: Context) -> list[Flowable]:
    """One table per subsection, under a heading per domain (in the contents) and per subsection.
    Subsections with nothing that applies are left out, so the board reads only what was assessed."""
    data = ctx.data
    applicable = {it.id for it in data.items}
    out: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("results"), 0), ctx.p(ctx.t("results_intro"))]
    for index, domain in enumerate(data.catalogue.domains()):
        tally = data.scores.domains[domain.number]
        if index:
            out.append(PageBreak())
        out += [
            ctx.heading(ctx.domain_name(domain), 1),
            ctx.p(
                ctx.t(
                    "domain_line",
                    answered=tally.answered,
                    total=tally.applicable,
                    basic=percent(tally.basic.rate),
                    desirable=percent(tally.desirable.rate),
                    gaps=tally.open_gaps,
                ),
                ctx.styles.small,
            ),
        ]
        nodes = [domain, *(n for n in data.catalogue.nodes if n.number.startswith(domain.number + "."))]
        for node in nodes:
            under = [it for it in data.catalogue.items_under(node.number) if it.id in applicable]
            direct = [it for it in under if it.node == node.number]
            if not under:
                continue
            if node is not domain:
                # Keep a subsection heading with the first rows of its table.
                out += [CondPageBreak(40 * mm), ctx.heading(f"{node.number} {node.title.get(ctx.lang)}", 2)]
            if direct:
                header = [ctx.t(k) for k in ("col_item", "col_title", "col_status", "col_notes")]
                pairs = [(it, data.answer(it.id)) for it in direct]
                out.append(ctx.table(header, ctx.item_rows(pairs), ITEM_COLUMNS))
    return out


def open_gaps(ctx: Context) -> list[Flowable]:
    data = ctx.data
    pairs = [(data.item(item_id), data.answer(item_id)) for item_id in data.scores.open_gap_items]
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_status", "col_notes")]
    body = ctx.table(header, ctx.item_rows(pairs), ITEM_COLUMNS) if pairs else None
    return _section(ctx, "gaps_section", "gaps_intro", body)


def _plan_state(ctx: Context, row: ActionRow) -> str:
    if row.has_acceptance:
        return ctx.t("plan_accepted")
    if row.has_plan:
        return ctx.t("plan_planned")
    if row.is_open_gap:
        return ctx.t("plan_open")
    return ctx.t("plan_incomplete") if row.owner or row.target_date else ""


def action_plan(ctx: Context) -> list[Flowable]:
    data = ctx.data
    if not data.actions:
        return _section(ctx, "plan_section", "plan_intro", None)
    rows: list[list[Cell]] = []
    for row in data.actions:
        item = data.item(row.item_id)
        rows.append(
            [
                ctx.item_cell(item),
                ctx.title_cell(item),
                ctx.status_cell(row.status, extra=_plan_state(ctx, row)),
                # What will be done: the plan itself, so it is printed with or without notes
                # (docs/bundle-format.md); a long one is cut into rows like a long note.
                ctx.cell(row.measure),
                ctx.cell(row.owner),
                ctx.cell(day(row.target_date, ctx.lang) if row.target_date else ""),
                ctx.cell(_priority(ctx, row)),
            ]
        )
    keys = ("col_item", "col_title", "col_status", "col_measure", "col_owner", "col_target", "col_priority")
    header = [ctx.t(k) for k in keys]
    # Date columns are 0.13 wide: "2027/03/31" has no place to break and must fit on one line. The
    # priority column fits 優先度 and "Medium"; its header may wrap in English.
    widths = (0.11, 0.20, 0.14, 0.24, 0.10, 0.13, 0.08)
    return _section(ctx, "plan_section", "plan_intro", ctx.table(header, rows, widths))


def _priority(ctx: Context, row: ActionRow) -> str:
    """A plan's priority, except where management accepted the risk: there is nothing to rank then
    (the item page does not ask for it either)."""
    if row.priority is None or row.accepts_risk or row.has_acceptance:
        return ""
    return priority_label(row.priority, ctx.lang)


def justifications(ctx: Context) -> list[Flowable]:
    pairs = ctx.data.with_status(Status.NOT_APPLICABLE, Status.ALTERNATIVE)
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_status", "col_justification")]
    widths = (0.13, 0.30, 0.15, 0.42)
    body = ctx.table(header, ctx.item_rows(pairs, "justification"), widths) if pairs else None
    return _section(ctx, "justif_section", "justif_intro", body)


def acceptances(ctx: Context) -> list[Flowable]:
    pairs = ctx.data.accepted()
    if not pairs:
        return _section(ctx, "accept_section", "accept_intro", None)
    rows: list[list[Cell]] = []
    for item, answer in pairs:
        acc = answer.acceptance
        assert acc is not None  # accepted() returns only answers with one
        rows.append(
            [
                ctx.item_cell(item),
                ctx.title_cell(item),
                ctx.cell(acc.approved_by),
                ctx.cell(day(acc.date, ctx.lang) if acc.date else ""),
                ctx.cell(acc.reason),
            ]
        )
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_approver", "col_date", "col_reason")]
    return _section(ctx, "accept_section", "accept_intro", ctx.table(header, rows, (0.13, 0.28, 0.15, 0.13, 0.31)))


def review(ctx: Context) -> list[Flowable]:
    pairs = ctx.data.marked_for_review()
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_status", "col_notes")]
    body = ctx.table(header, ctx.item_rows(pairs), ITEM_COLUMNS) if pairs else None
    return _section(ctx, "review_section", "review_intro", body)


def _delta(value: float | None) -> str:
    if value is None:
        return "—"
    points = value * 100
    return f"{points:+.1f}" if abs(points) >= 0.05 else "±0"


def comparison(ctx: Context) -> list[Flowable]:
    """Only when there is a previous cycle: domain figures side by side, then the items whose
    status changed (details-only changes are counted but not listed, to keep the page readable)."""
    data, cmp = ctx.data, ctx.data.comparison
    if cmp is None or data.previous is None:
        return []
    # FY2025 in English for a default label, as the app shows it (the label as typed otherwise).
    previous_label = cycle_display_label(data.previous.label, data.previous.fiscal_year, ctx.lang)
    out: list[Flowable] = [
        PageBreak(),
        ctx.heading(ctx.t("compare_section"), 0),
        ctx.p(ctx.t("compare_intro", previous=previous_label)),
        ctx.p(
            ctx.t(
                "compare_counts",
                improved=cmp.count(Direction.IMPROVED),
                worsened=cmp.count(Direction.WORSENED),
                changed=cmp.count(Direction.CHANGED),
            )
        ),
    ]
    rows: list[list[Cell]] = []
    for delta in (*cmp.domains, cmp.overall):
        name = ctx.domain_name(data.catalogue.node(delta.key)) if delta.key else ctx.t("overall")
        rows.append(
            [
                name,
                f"{percent(delta.basic_rate_old)} → {percent(delta.basic_rate_new)}",
                _delta(delta.basic_rate_delta),
                f"{percent(delta.desirable_rate_old)} → {percent(delta.desirable_rate_new)}",
                _delta(delta.desirable_rate_delta),
                f"{delta.open_gaps_old} → {delta.open_gaps_new}",
            ]
        )
    change = ctx.t("col_change")
    header = [
        ctx.t("domain"),
        ctx.t("col_basic_rate"),
        change,
        ctx.t("col_desirable_rate"),
        change,
        ctx.t("col_open_gaps"),
    ]
    out.append(ctx.table(header, rows, (0.27, 0.19, 0.09, 0.19, 0.09, 0.17)))

    changed = [c for c in cmp.items if c.status_changed and c.in_catalogue]
    out += [CondPageBreak(60 * mm), ctx.heading(ctx.t("changed_items"), 2, toc=False)]
    if not changed:
        return [*out, none_line(ctx)]
    names = {Direction.IMPROVED: "dir_improved", Direction.WORSENED: "dir_worsened", Direction.CHANGED: "dir_changed"}
    item_rows: list[list[Cell]] = []
    for c in changed:
        item = data.item(c.item_id)
        item_rows.append(
            [
                ctx.item_cell(item),
                ctx.title_cell(item),
                ctx.status_cell(c.old_status),
                ctx.status_cell(c.new_status),
                ctx.cell(ctx.t(names.get(c.direction, "dir_changed"))),
            ]
        )
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_previous", "col_current", "col_change")]
    out.append(ctx.table(header, item_rows, (0.13, 0.35, 0.18, 0.18, 0.16)))
    return out
