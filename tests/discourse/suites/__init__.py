"""Functional test suites in the style of HateCheck (Röttger et al. 2021), written for this project.

Each language module defines FUNCTIONALITIES: name → (hateful?, cases). Cases are sentences, or templates
with group placeholders filled from the module's GROUPS, so every functionality has 20+ cases across
grounds. ``birarada evaluate`` and the tests read them through ``load``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True, slots=True)
class Case:
    lang: str
    functionality: str
    text: str
    hateful: bool


def _expand(template: str, groups: list[dict], index: int) -> str:
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if not fields:
        return template
    return template.format(**groups[index % len(groups)])


def load(lang: str) -> list[Case]:
    module = import_module(f"{__name__}.{lang}")
    cases: list[Case] = []
    for name, (hateful, templates) in module.FUNCTIONALITIES.items():
        seen = set()
        for t_index, template in enumerate(templates):
            uses_groups = "{" in template
            rounds = module.ROUNDS_PER_TEMPLATE if uses_groups else 1
            for r in range(rounds):
                text = _expand(template, module.GROUPS, t_index * 3 + r)
                if text not in seen:
                    seen.add(text)
                    cases.append(Case(lang, name, text, hateful))
    return cases


def functionalities(cases: list[Case]) -> dict[str, list[Case]]:
    grouped: dict[str, list[Case]] = {}
    for case in cases:
        grouped.setdefault(case.functionality, []).append(case)
    return grouped
