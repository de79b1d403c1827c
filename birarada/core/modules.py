"""Module manifests: how a module (incidents, monitoring, plans, …) plugs into the platform.

A module is a Django app with a `module.py` that defines `MANIFEST = Manifest(...)`. The manifest says, in one
place, everything the rest of the platform needs to know about the module:

- the capabilities it defines and which roles get them (administrators get every capability);
- its address patterns, its workspace menu entries and its public entries;
- its demo loader, its periodic tasks and its start-up checks;
- its encrypted stores (files that key rotation re-encrypts, the task that purges them on schedule) and the
  models whose rows are confidential (views reach them only through the module's access helpers);
- its computed indicators, its open datasets, its sections of a city's public page and of the platform's
  home page (a module lists there what it has for everyone: the networks on the platform).

Core reads the manifests of the installed apps (`manifests()`) and composes them; it never imports a module by
name. Code is named by dotted path ("birarada.incidents.demo.load_demo_cases") and imported only when used, so
reading a manifest is cheap and never drags a module's models or tasks into core.

Adding a module is: a new folder, its `module.py`, one line in INSTALLED_APPS.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from django.apps import apps
from django.core.signals import setting_changed
from django.urls import reverse
from django.utils.module_loading import import_string, module_has_submodule

from birarada.core.capabilities import Capability

if TYPE_CHECKING:
    # A lazy translation (gettext_lazy); django-stubs-ext is a development dependency, hence only for the checker.
    from django_stubs_ext import StrPromise

MANIFEST_MODULE = "module"


class _Workspace(Protocol):
    """What the menu needs of an access.Workspace (named here without importing access, which imports us)."""

    @property
    def organization(self) -> Any: ...

    def can(self, capability: str) -> bool: ...


@dataclass(frozen=True)
class CapabilityGrant:
    """A capability a module defines. Administrators get every capability; `roles` lists the others."""

    name: str
    roles: frozenset[str]
    # True: an administrator or coordinator of a metropolitan unit may use it in the units below (to look).
    oversight: bool = False


@dataclass(frozen=True)
class WorkspaceEntry:
    capability: str  # a capability name (core's Capability or one a manifest defines)
    url_name: str  # takes the organization slug as its only argument
    title: str | StrPromise  # lazy translation
    description: str | StrPromise  # lazy translation
    order: int = 100

    def url(self, slug: str) -> str:
        return reverse(self.url_name, args=[slug])


@dataclass(frozen=True)
class PublicEntry:
    url_name: str  # takes no argument
    title: str | StrPromise
    description: str | StrPromise
    order: int = 100

    def url(self) -> str:
        return reverse(self.url_name)


@dataclass(frozen=True)
class PeriodicTask:
    task: str  # dotted path of a task (core.tasking.task); it calls scheduling.schedule_next at its end
    every: timedelta


@dataclass(frozen=True)
class EncryptedStore:
    """Personal data a module keeps encrypted. Encrypted *fields* are found by their type wherever they are;
    a store names what only the module knows: its encrypted files and the task that purges the data."""

    name: str
    models: tuple[str, ...] = ()  # "app_label.Model" holding encrypted fields
    files: str | None = None  # dotted path of a function returning the paths of encrypted files
    purge_task: str | None = None  # dotted path of the periodic task that erases expired personal data

    def file_paths(self) -> Iterable[Path]:
        if self.files is None:
            return ()
        return import_string(self.files)()


@dataclass(frozen=True)
class Indicator:
    """A figure the module computes from its own data, which plan indicators can follow over time.

    `compute` is the dotted path of `f(organization_ids: set[int], since: date, until: date) -> float | int`,
    or, for a figure by ground, `-> dict[str, float | int]` with the total under "" and one value per ground.
    """

    key: str  # unique on the platform, "<module>.<name>"
    title: str | StrPromise
    unit: str  # "count", "percent", "days", "people", …
    compute: str
    description: str | StrPromise = ""

    def value(self, organization_ids: set[int], since: date, until: date) -> float | int | dict[str, float | int]:
        return import_string(self.compute)(organization_ids, since, until)


@dataclass(frozen=True)
class DatasetField:
    """One column of an open dataset, for its data dictionary."""

    name: str
    type: str  # "string", "integer", "number", "date", "datetime", "boolean", "array", "object"
    description: str | StrPromise


@dataclass(frozen=True)
class OpenFilters:
    """What a reader of the open-data API may filter on: a city (case-folded the Turkish way by the dataset)
    and a period (dates, both ends included)."""

    city: str = ""
    since: date | None = None
    until: date | None = None


class DatasetRows(Protocol):
    """The rows of an open dataset as the API reads them: counted, then a page at a time."""

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Dataset:
    """A data set the module publishes for anyone, read-only: only what is public (published, listed,
    adopted), statistics aggregated and suppressed where small. Core serves it at /api/v1/open/<key>/ with
    paging, filters, ETags and CORS, as CSV and JSON dumps, and lists it in the catalogue (/<lang>/open-data/).

    `rows` is the dotted path of `f(filters: OpenFilters) -> DatasetRows`."""

    key: str  # unique on the platform, in addresses: "practices", "public-events"
    title: str | StrPromise
    description: str | StrPromise
    rows: str
    fields: tuple[DatasetField, ...]
    licence: str = "CC-BY-4.0"
    filters: tuple[str, ...] = ("city", "since", "until")  # the OpenFilters it honours

    def rows_for(self, filters: OpenFilters) -> DatasetRows:
        return import_string(self.rows)(filters)


@dataclass(frozen=True)
class CitySection:
    """A module's part of a city's public page (/<lang>/c/<organization>/): what the module has in public for
    that city (its upcoming events, its adopted plan, its practices).

    `find` is the dotted path of `f(organization) -> list[ReferenceLink]` (only public things); an empty list
    hides the section."""

    title: str | StrPromise
    find: str
    order: int = 100


@dataclass(frozen=True)
class HomeSection:
    """A module's part of the platform's public home page, beside core's list of cities: what the module has on
    the platform as a whole (the networks and their members).

    `find` is the dotted path of `f() -> list[ReferenceLink]` (only public things; `label` is the link's text,
    `kind` a short line under it); an empty list hides the section."""

    title: str | StrPromise
    find: str
    order: int = 100


@dataclass(frozen=True)
class ReferenceLink:
    """One record of a module that points at another module's object, as that object's page shows it."""

    kind: str | StrPromise  # what the record is, in words: "From the needs assessment"
    label: str  # the record itself: a recommendation's text
    url: str


@dataclass(frozen=True)
class Reference:
    """A module's records that point at another module's objects (a needs-assessment recommendation that
    became a plan action): the page of the object pointed at shows them without importing the module.

    `find` is the dotted path of `f(ids: Collection[int], workspace) -> dict[int, list[ReferenceLink]]`; it
    returns only what the workspace may see."""

    target: str  # "app_label.Model" pointed at
    find: str


@dataclass(frozen=True)
class Manifest:
    label: str  # the app label
    # One sentence for the public home page: what the module lets the city and its residents do.
    summary: str | StrPromise = ""
    capabilities: tuple[CapabilityGrant, ...] = ()
    urls: str | None = None  # URLconf included under the language prefixes (/tr/, /en/, /ar/)
    api_urls: str | None = None  # URLconf included under /api/v1/ (no language prefix)
    # Dotted path of the OpenAPI description of api_urls: a dict with "paths" (and "components", "info"); core
    # serves every module's, with the open data API, at /api/v1/openapi.json.
    openapi: str | None = None
    workspace_entries: tuple[WorkspaceEntry, ...] = ()
    public_entries: tuple[PublicEntry, ...] = ()
    demo_loader: str | None = None  # dotted path of `f() -> str` (idempotent; returns a line to print or "")
    periodic_tasks: tuple[PeriodicTask, ...] = ()
    startup_checks: tuple[str, ...] = ()  # dotted paths of `f() -> bool` run by `schedule_tasks` (True: acted)
    encrypted_stores: tuple[EncryptedStore, ...] = ()
    confidential_models: tuple[str, ...] = ()  # "app_label.Model": views never touch their `.objects`
    indicators: tuple[Indicator, ...] = ()
    # Dotted path of the module's tuple of Datasets (imported only when the API or the catalogue needs it: a
    # dataset's rows reach the module's access helpers, which a manifest must not import).
    open_data: str | None = None
    city_sections: tuple[CitySection, ...] = ()
    home_sections: tuple[HomeSection, ...] = ()
    references: tuple[Reference, ...] = ()
    # What each audit verb the module writes means, for people reading the audit log ("case.assign" → …).
    audit_verbs: tuple[tuple[str, str | StrPromise], ...] = ()


@functools.cache
def manifests() -> tuple[Manifest, ...]:
    """The manifests of the installed apps, in INSTALLED_APPS order."""
    found = []
    for config in apps.get_app_configs():
        if config.module is None or not module_has_submodule(config.module, MANIFEST_MODULE):
            continue
        manifest = getattr(import_module(f"{config.name}.{MANIFEST_MODULE}"), "MANIFEST", None)
        if not isinstance(manifest, Manifest):
            raise TypeError(f"{config.name}.{MANIFEST_MODULE} must define MANIFEST = Manifest(...)")
        found.append(manifest)
    _check(found)
    return tuple(found)


def _check(found: list[Manifest]) -> None:
    seen: dict[str, str] = {c.value: "core" for c in Capability}
    for manifest in found:
        for grant in manifest.capabilities:
            if grant.name in seen:
                raise ValueError(f"Capability {grant.name!r} of {manifest.label} is already defined by "
                                 f"{seen[grant.name]}")
            seen[grant.name] = manifest.label
    for manifest in found:
        for entry in manifest.workspace_entries:
            if entry.capability not in seen:
                raise ValueError(f"{manifest.label}: menu entry {entry.url_name} needs the unknown capability "
                                 f"{entry.capability!r}")


def _forget(*, setting: str, **_kwargs) -> None:
    if setting == "INSTALLED_APPS":
        manifests.cache_clear()
        audit_verb_labels.cache_clear()
        datasets.cache_clear()


setting_changed.connect(_forget, dispatch_uid="birarada.core.modules.forget")


def capability_grants() -> list[CapabilityGrant]:
    return [grant for manifest in manifests() for grant in manifest.capabilities]


def workspace_entries_for(workspace: _Workspace) -> list[dict]:
    slug = workspace.organization.slug
    entries = sorted((e for m in manifests() for e in m.workspace_entries), key=lambda e: e.order)
    return [
        {"title": e.title, "description": e.description, "url": e.url(slug)}
        for e in entries
        if workspace.can(e.capability)
    ]


def public_entries() -> list[dict]:
    entries = sorted((e for m in manifests() for e in m.public_entries), key=lambda e: e.order)
    return [{"title": e.title, "description": e.description, "url": e.url()} for e in entries]


def summaries() -> list[str | StrPromise]:
    """What the installed modules offer, one sentence each, for the public home page."""
    return [m.summary for m in manifests() if m.summary]


def demo_loaders() -> list[Callable[[], str]]:
    return [import_string(m.demo_loader) for m in manifests() if m.demo_loader]


def periodic_tasks() -> list[tuple[Any, timedelta]]:
    """(task, every) for every module's periodic task."""
    return [(import_string(p.task), p.every) for m in manifests() for p in m.periodic_tasks]


def startup_checks() -> list[Callable[[], bool]]:
    return [import_string(path) for m in manifests() for path in m.startup_checks]


def encrypted_stores() -> list[EncryptedStore]:
    return [store for m in manifests() for store in m.encrypted_stores]


def confidential_models() -> list[str]:
    return [name for m in manifests() for name in m.confidential_models]


def indicators() -> dict[str, Indicator]:
    return {i.key: i for m in manifests() for i in m.indicators}


@functools.cache
def datasets() -> dict[str, Dataset]:
    """Every installed module's open datasets, by key (a key defined twice is an error)."""
    found: dict[str, Dataset] = {}
    owners: dict[str, str] = {}
    for manifest in manifests():
        for dataset in import_string(manifest.open_data) if manifest.open_data else ():
            if dataset.key in found:
                raise ValueError(f"Dataset {dataset.key!r} of {manifest.label} is already defined by "
                                 f"{owners[dataset.key]}")
            found[dataset.key], owners[dataset.key] = dataset, manifest.label
    return found


def city_sections(organization: Any) -> list[tuple[str | StrPromise, list[ReferenceLink]]]:
    """(title, links) of every module's non-empty section of a city's public page, in order."""
    sections = sorted((s for m in manifests() for s in m.city_sections), key=lambda s: s.order)
    found = []
    for section in sections:
        links = import_string(section.find)(organization)
        if links:
            found.append((section.title, links))
    return found


def home_sections() -> list[tuple[str | StrPromise, list[ReferenceLink]]]:
    """(title, links) of every module's non-empty section of the platform's home page, in order."""
    sections = sorted((s for m in manifests() for s in m.home_sections), key=lambda s: s.order)
    found = []
    for section in sections:
        links = import_string(section.find)()
        if links:
            found.append((section.title, links))
    return found


def references_to(target: str, ids: Collection[int], workspace: _Workspace) -> dict[int, list[ReferenceLink]]:
    """What other modules' records point at these objects of `target` ("plans.Action"), by id, as far as the
    workspace may see them."""
    found: dict[int, list[ReferenceLink]] = {}
    if not ids:
        return found
    for reference in (r for m in manifests() for r in m.references if r.target == target):
        for object_id, links in import_string(reference.find)(ids, workspace).items():
            found.setdefault(object_id, []).extend(links)
    return found


@functools.cache
def audit_verb_labels() -> dict[str, str | StrPromise]:
    """Audit verb → its description in words, from every installed module."""
    return {verb: label for m in manifests() for verb, label in m.audit_verbs}


def url_includes() -> tuple[list[str], list[str]]:
    """(language-prefixed URLconfs, API URLconfs) of the installed modules."""
    found = manifests()
    return [m.urls for m in found if m.urls], [m.api_urls for m in found if m.api_urls]
