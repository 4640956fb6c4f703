"""Named points in a run where the crash tests stop the process (SIGKILL).

`XINZHI_PAUSE_AT=<point>` makes the process write `XINZHI_HOME/.paused-<point>` when it
reaches that point and wait there, so a test can kill it at exactly that moment. Unset
(always, outside the tests), a checkpoint costs one dictionary lookup."""
from __future__ import annotations

import os
import time
from pathlib import Path

POINTS = ("fetch", "archived", "load", "publish")


def reach(point: str) -> None:
    if os.environ.get("XINZHI_PAUSE_AT") != point:
        return
    home = Path(os.environ.get("XINZHI_HOME", "warehouse"))
    home.mkdir(parents=True, exist_ok=True)
    (home / f".paused-{point}").write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(600)
