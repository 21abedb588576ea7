"""The two languages fsadesk speaks (kept tiny: the start-up path imports it)."""

from typing import Literal

Lang = Literal["ja", "en"]
