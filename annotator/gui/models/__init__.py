"""Qt item models over store results (documents, entities)."""

from annotator.gui.models.documents import DocumentsModel
from annotator.gui.models.entities import EntitiesModel

__all__ = ["DocumentsModel", "EntitiesModel"]
