"""The temporal tagger: finds dates, times, durations and sets in text, with TimeML values."""

from feeds.timex.tagger import tag
from feeds.timex.values import span, to_when

__all__ = ["span", "tag", "to_when"]
