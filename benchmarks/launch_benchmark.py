"""Launch figures side by side: ``netprep --demo`` (or a data folder) from one or more source
trees, against a bare PySide6 window, interleaved in the same run (the machine is shared).

For each tree: spawn -> frame painted, spawn -> window shown (the 'ready' line), the longest
freeze of the GUI thread from the paint to the window (as the process reports it), and the
process's CPU time at 'ready' (user + system, from /proc). Medians of ``--repeats`` runs.

Run: .venv/bin/python benchmarks/launch_benchmark.py [--tree old=/tmp/base --tree new=.]
     [--data-dir /tmp/netprep-scale-bench/run-30000] [--repeats 7]
A base tree to compare with: ``git archive HEAD | tar -x -C /tmp/base``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_benchmark import BARE_WINDOW, Launch, launch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--tree", action="append", default=[], metavar="NAME=PATH", help="a source tree to run"
    )
    parser.add_argument("--data-dir", help="open this folder instead of the demo (a copy)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    trees = [t.split("=", 1) for t in args.tree] or [["here", str(Path.cwd())]]
    home = Path(tempfile.mkdtemp(prefix="netprep-launch-bench-"))
    base_env = dict(os.environ)
    base_env.update(
        QT_QPA_PLATFORM=base_env.get("QT_QPA_PLATFORM", "offscreen"),
        NETPREP_ANNOUNCE_READY="1",
        NETPREP_ANNOUNCE_PAINT="1",
        XDG_CONFIG_HOME=str(home / "config"),
        NETPREP_CONFIG_DIR=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
    )
    # Each tree runs from its own folder: ``python -m`` puts the working folder first on
    # sys.path, ahead of PYTHONPATH (run from a checkout, every tree would be that checkout).
    commands: dict[str, tuple[list[str], dict[str, str], str]] = {}
    for name, path in trees:
        env = dict(base_env, PYTHONPATH=str(Path(path).resolve()))
        command = [sys.executable, "-m", "netprep"]
        if args.data_dir:
            copy = home / f"data-{name}"
            shutil.copytree(args.data_dir, copy)
            command += ["--data-dir", str(copy)]
        else:
            command += ["--demo"]
        commands[name] = (command, env, str(Path(path).resolve()))
    commands["bare"] = ([sys.executable, "-c", BARE_WINDOW], base_env, str(home))
    results: dict[str, list[Launch]] = {name: [] for name in commands}
    try:
        for command, env, cwd in commands.values():
            launch(command, env, cwd, settle=0)  # compile and warm the caches
        for _ in range(args.repeats):
            for name, (command, env, cwd) in commands.items():
                results[name].append(launch(command, env, cwd, settle=0))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    bare = statistics.median(r.ready for r in results["bare"])
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.repeats}; bare {bare:.3f} s")
    print("| tree | painted | shown | freeze paint->window | CPU at shown |")
    print("|---|---|---|---|---|")
    for name, runs in results.items():
        painted = statistics.median(r.painted for r in runs)
        ready = statistics.median(r.ready for r in runs)
        freeze = statistics.median(r.stall for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        print(
            f"| {name} | {painted * 1000:.0f} ms ({painted / bare:.2f}x) | "
            f"{ready * 1000:.0f} ms ({ready / bare:.2f}x) | {freeze * 1000:.0f} ms | "
            f"{cpu * 1000:.0f} ms |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
