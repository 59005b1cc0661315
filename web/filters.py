"""The page's filters as read from a URL's query, and back into queries, links and feed paths."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from feeds.errors import InputError
from feeds.types import EventQuery
from feeds.urls import Urls

#: The `order` parameter's values and the store order each stands for.
ORDER_PARAMS = {"newest": "date_desc", "oldest": "date_asc"}


@dataclass(frozen=True)
class Filters:
    """One view of the timeline: what to show and which page of it."""

    tag: str = ""
    place: str = ""
    publisher: str = ""
    q: str = ""
    since: date | None = None
    until: date | None = None
    order: str = "newest"
    page: int = 1

    def query(
        self, limit: int | None = None, offset: int = 0, order: str | None = None
    ) -> EventQuery:
        """The store query for these filters (ordered by event date unless `order` says)."""
        return EventQuery(
            tag=self.tag or None,
            place=self.place or None,
            publisher=self.publisher or None,
            text=self.q or None,
            since=self.since,
            until=self.until,
            order=order or ORDER_PARAMS[self.order],
            limit=limit,
            offset=offset,
        )

    def params(self, **changes: str) -> dict[str, str]:
        """The filters as URL query parameters (defaults left out), with `changes` applied."""
        params = {
            "tag": self.tag,
            "place": self.place,
            "publisher": self.publisher,
            "q": self.q,
            "from": self.since.isoformat() if self.since else "",
            "to": self.until.isoformat() if self.until else "",
            "order": "" if self.order == "newest" else self.order,
            "page": "" if self.page == 1 else str(self.page),
        }
        params.update(changes)
        return params

    def link(self, **changes: str) -> str:
        """The timeline path of this view with some parameters changed (``page="2"``).

        The pages of the whole timeline and of one tag or place are paths (``/page/2``,
        ``/tags/x/page/2``), so a static export holds every page; other views use the query.
        """
        params = self.params(**changes)
        page = int(params.pop("page") or 1)
        tag, place = params.pop("tag"), params.pop("place")
        if not any(params.values()) and not (tag and place):
            if tag:
                return Urls.tag(tag, page)
            if place:
                return Urls.place(place, page)
            return Urls.home_page(page)
        return Urls.home(**params, tag=tag, place=place, page="" if page == 1 else str(page))

    def feed_path(self, ext: str) -> str:
        """The feed that mirrors this view: a topic feed for a tag or place, the search as query."""
        query = {"publisher": self.publisher, "q": self.q}
        query["from"] = self.since.isoformat() if self.since else ""
        query["to"] = self.until.isoformat() if self.until else ""
        return Urls.feed(ext, tag=self.tag or None, place=self.place or None, **query)

    @property
    def narrowed(self) -> bool:
        """Whether any filter narrows the timeline (the order and page do not)."""
        return bool(self.tag or self.place or self.publisher or self.q or self.since or self.until)

    def first_page(self) -> Filters:
        """The same view from its first page."""
        return replace(self, page=1)


def parse_filters(args: Mapping[str, str], **fixed: str) -> Filters:
    """Read filters from query parameters; `fixed` ones (a topic page's tag) win over the query.

    Raises:
        InputError: a date, order or page that cannot be used, naming the parameter.
    """
    values = {**args, **fixed}
    order = values.get("order") or "newest"
    if order not in ORDER_PARAMS:
        raise InputError("order", f"must be one of {', '.join(ORDER_PARAMS)}, got {order!r}")
    return Filters(
        tag=values.get("tag", "").strip(),
        place=values.get("place", "").strip(),
        publisher=values.get("publisher", "").strip(),
        q=values.get("q", "").strip(),
        since=_day(values, "from"),
        until=_day(values, "to"),
        order=order,
        page=_page(values.get("page", "")),
    )


def _day(values: Mapping[str, str], name: str) -> date | None:
    """An ISO day parameter (``2024-10-26``), None when absent or blank."""
    text = values.get(name, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise InputError(name, f"must be a day as YYYY-MM-DD, got {text!r}") from e


def _page(text: str) -> int:
    """A page number from 1; blank means 1."""
    text = text.strip()
    if not text:
        return 1
    if not text.isdigit() or int(text) < 1:
        raise InputError("page", f"must be a whole number from 1, got {text!r}")
    return int(text)
