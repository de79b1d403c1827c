"""``benchmarks/discourse_speed.py`` runs end to end on a tiny OffensEval-shaped folder and reports every goal.

Run as a separate process, the way a developer runs it: the script pins itself to one core, which must not
leak into the test process.
"""

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "discourse_speed.py"
TWEETS = ["Bugün hava çok güzel", "Maç çok kötüydü, berbat bir oyun", "Yarın toplantı saat üçte",
          "Kahvaltıda simit yedik"]


def tiny_data(root: Path) -> Path:
    folder = root / "offenseval2020-tr"
    folder.mkdir()
    rows = ["id\ttweet\tsubtask_a"] + [f"{i}\t{text}\tNOT" for i, text in enumerate(TWEETS)]
    (folder / "offenseval-tr-training-v1.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_reports_each_goal_on_one_core_and_profiles(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), "--data", str(tiny_data(tmp_path)), "--rounds", "2",
                          "--texts", "3", "--profile"], capture_output=True, text=True, check=True)
    out = run.stdout
    assert "3 OffensEval-2020" in out
    assert "one core" in out or "not pinned" in out
    assert "best of 2 interleaved rounds" in out
    for goal in ("engine / floor:", "peak memory (RSS):", "import + load:"):
        assert re.search(rf"^{re.escape(goal)} .*goal <= .*(PASS|over by \d+%)$", out, re.MULTILINE), goal
    assert "top 25 by cumulative" in out and "top 25 by tottime" in out
