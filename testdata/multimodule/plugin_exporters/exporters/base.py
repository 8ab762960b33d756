from abc import ABC, abstractmethod

REGISTRY = {}


class ExportError(Exception):
    pass


class Exporter(ABC):
    streaming = False

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            REGISTRY[fmt] = cls

    @abstractmethod
    def export(self, rows):
        ...

    @staticmethod
    def columns(rows):
        cols = []
        for row in rows:
            cols.extend(k for k in row if k not in cols)
        return cols
