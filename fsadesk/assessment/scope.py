"""Which items apply to an institution, and which extra clauses are in force for it."""

from __future__ import annotations

from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.catalogue.model import Catalogue, Clause, Item


def condition_holds(condition: str, profile: InstitutionProfile) -> bool:
    """Evaluate 'fmi', '<question id>' or 'not <question id>' against the profile."""
    negate = condition.startswith("not ")
    name = condition[4:] if negate else condition
    value = profile.is_fmi if name == "fmi" else profile.applicability.get(name, False)
    return not value if negate else value


def in_scope(item: Item, profile: InstitutionProfile) -> bool:
    """Desirable items are assessed only when the profile's scope includes them."""
    return item.is_basic or profile.scope is Scope.BASIC_AND_DESIRABLE


def applies(item: Item, profile: InstitutionProfile) -> bool:
    """In scope, and every applicability condition of the item holds."""
    return in_scope(item, profile) and all(condition_holds(c, profile) for c in item.applies_if)


def applicable_items(catalogue: Catalogue, profile: InstitutionProfile) -> list[Item]:
    return [it for it in catalogue.items if applies(it, profile)]


def active_clauses(item: Item, profile: InstitutionProfile) -> list[Clause]:
    return [c for c in item.clauses if condition_holds(c.when, profile)]
