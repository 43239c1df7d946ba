"""Linguistic analysis: adapters over razdel and natasha/slovnet.

Each stage takes the natasha ``Doc`` and the models loaded once per process
(:func:`svodka.analyse.models.load`), and fills one layer of it.
"""
from .models import Models, load
from .parse import analyse

__all__ = ["Models", "analyse", "load"]
