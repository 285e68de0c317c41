"""Annotator: label named entities in Arabic news text, export gold-standard NER data."""

__version__ = "0.1.0"
