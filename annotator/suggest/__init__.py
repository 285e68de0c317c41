"""The assistant (Qt-free): project memory, clitic rules, CRF features, training and
prediction, evaluation, storage of trained models, the worker process.

Entry points: :mod:`annotator.suggest.assistant` (train, predict, apply, refresh, rank),
:mod:`annotator.suggest.worker` (``python -m annotator.suggest.worker``),
:mod:`annotator.suggest.cli` (``annotator suggest ...``). Nothing here imports Qt.
"""
