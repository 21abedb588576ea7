"""Validation schema of a guideline catalogue (pydantic): used when the catalogue files change.
The app itself works with the plain dataclasses in fsadesk.catalogue.model."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from fsadesk.lang import Lang

Tier = Literal["basic", "desirable"]
Frequency = Literal["annual", "semiannual", "periodic", "on_event", "continuous"]

ITEM_ID = re.compile(r"^(?P<node>\d+(?:\.\d+)*)-(?:B(?P<num>\d+)|D(?P<letter>[a-z]))$")
NODE_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")
CSF_ID = re.compile(r"^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}(-\d\d)?$")
# YAML folds a line break into a space; between Japanese characters that space is an artefact.
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
_FOLDED_SPACE = re.compile(f"(?<=[{_CJK}])[ \t\n]+(?=[{_CJK}])")


def join_japanese(text: str) -> str:
    """Remove the spaces YAML folding leaves between wrapped Japanese lines."""
    return _FOLDED_SPACE.sub("", text)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Text(_Strict):
    """A text in both languages; both are required."""

    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)

    @field_validator("ja")
    @classmethod
    def _join(cls, value: str) -> str:
        return join_japanese(value)

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


class TextList(_Strict):
    ja: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    @field_validator("ja")
    @classmethod
    def _join(cls, value: list[str]) -> list[str]:
        return [join_japanese(v) for v in value]

    def get(self, lang: Lang) -> list[str]:
        return self.ja if lang == "ja" else self.en


class Clause(_Strict):
    when: str = Field(min_length=1)
    text: Text


class Item(_Strict):
    id: str
    label: str = Field(min_length=1)
    tier: Tier
    title: Text
    requirement: Text
    explanation: Text
    evidence: TextList
    frequency: Frequency | None = None
    severity_gated: bool = False
    applies_if: list[str] = Field(default_factory=list)
    clauses: list[Clause] = Field(default_factory=list)
    nist_csf: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ITEM_ID.match(value):
            raise ValueError("must look like '2.2.1.2-B1' (basic) or '2.2.1.2-Da' (desirable)")
        return value

    @field_validator("nist_csf")
    @classmethod
    def _csf_ids(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not CSF_ID.match(v)]
        if bad:
            raise ValueError(f"not NIST CSF 2.0 ids: {', '.join(bad)}")
        return value


class Node(_Strict):
    number: str
    title: Text
    short: Text | None = None
    gist: Text | None = None

    @field_validator("number")
    @classmethod
    def _number_shape(cls, value: str) -> str:
        if not NODE_NUMBER.match(value):
            raise ValueError("must be a section number such as '2.2.1'")
        return value


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: Text
    help: Text


class Category(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


class Source(_Strict):
    title: Text
    issuer: Text
    established: dt.date
    revised: dt.date | None = None
    notice: Text


class Tiers(_Strict):
    basic: Text
    desirable: Text


class CatalogueHeader(_Strict):
    """What catalogue.yaml holds: everything but the items."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    version: str = Field(min_length=1)
    source: Source
    tiers: Tiers
    categories: list[Category] = Field(min_length=1)
    questions: list[Question] = Field(default_factory=list)
    nodes: list[Node] = Field(min_length=1)
