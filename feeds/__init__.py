"""Timeline's engine: documents, temporal tagger, events, store and feed renderers."""

__version__ = "0.1.0"
