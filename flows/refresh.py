"""Prefect entrypoint (prefect.yaml: flows/refresh.py:refresh). The flow lives in the package."""
from xinzhi.flow import refresh

if __name__ == "__main__":
    refresh()
