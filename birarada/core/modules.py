"""Where modules (incidents, monitoring, …) announce their pages to the shared layout.

Each module's AppConfig.ready() registers its entries; the workspace overview, the workspace menu and the
public home page list them. Core never imports a module, so modules stay independent of each other.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class WorkspaceEntry:
    capability: str  # a birarada.core.access.Capability value
    url_name: str  # takes the organization slug as its only argument
    title: str  # lazy translation
    description: str  # lazy translation
    order: int = 100

    def url(self, slug: str) -> str:
        return reverse(self.url_name, args=[slug])


@dataclass(frozen=True)
class PublicEntry:
    url_name: str  # takes no argument
    title: str
    description: str
    order: int = 100

    def url(self) -> str:
        return reverse(self.url_name)


_workspace: list[WorkspaceEntry] = []
_public: list[PublicEntry] = []


def register_workspace_entry(entry: WorkspaceEntry) -> None:
    if entry not in _workspace:
        _workspace.append(entry)
        _workspace.sort(key=lambda e: e.order)


def register_public_entry(entry: PublicEntry) -> None:
    if entry not in _public:
        _public.append(entry)
        _public.sort(key=lambda e: e.order)


def workspace_entries_for(workspace) -> list[dict]:
    slug = workspace.organization.slug
    return [
        {"title": e.title, "description": e.description, "url": e.url(slug)}
        for e in _workspace
        if workspace.can(e.capability)
    ]


def public_entries() -> list[dict]:
    return [{"title": e.title, "description": e.description, "url": e.url()} for e in _public]


_demo_loaders: list = []


def register_demo_loader(loader) -> None:
    """A module's function that adds its demo data to the demo city (must be idempotent)."""
    if loader not in _demo_loaders:
        _demo_loaders.append(loader)


def demo_loaders() -> list:
    return list(_demo_loaders)
