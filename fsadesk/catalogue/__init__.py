"""Guideline catalogue: schema, loading, validation and digest. Pure Python (no Qt, no database)."""

from fsadesk.catalogue.loader import CatalogueError, default_catalogue_dir, load_catalogue
from fsadesk.catalogue.model import Catalogue, Item, Lang, Node, Question, Text

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Item",
    "Lang",
    "Node",
    "Question",
    "Text",
    "default_catalogue_dir",
    "load_catalogue",
]
