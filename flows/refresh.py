"""Prefect entrypoints (prefect.yaml: flows/refresh.py:refresh and :collect). The flows live in the package."""
from xinzhi.flow import collect, refresh

__all__ = ["collect", "refresh"]

if __name__ == "__main__":
    refresh()
