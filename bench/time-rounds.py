#!/usr/bin/env python3
"""Runs commands in rounds and records the wall time of every run.

Usage: time-rounds.py DIR ROUNDS :: NAME ARG... [:: NAME ARG...]...

Each round runs every command once, in the given order in odd rounds and in reverse order in
even ones, after one untimed run of each (warm page cache, warm servers). Writes DIR/NAME.times
(microseconds, one run a line) and keeps each timed run's output in DIR/NAME.ROUND.out. A
failed run stops everything, since its time would compare nothing.

The runs start through posix_spawn/vfork, so starting a command costs the harness far less
than a shell's fork, and that cost would land on every tool alike.
"""

import subprocess
import sys
import time
from pathlib import Path


def parse(words):
    commands = []
    for word in words:
        if word == "::":
            commands.append([])
        elif commands:
            commands[-1].append(word)
        else:
            sys.exit("time-rounds.py: commands start with ::")
    if not commands or any(len(command) < 2 for command in commands):
        sys.exit("time-rounds.py: every :: needs a NAME and a command")
    return [(command[0], command[1:]) for command in commands]


def run(directory, name, argv, output):
    with open(output, "wb") as out:
        start = time.perf_counter_ns()
        status = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT).returncode
        elapsed = time.perf_counter_ns() - start
    if status != 0:
        sys.stderr.write(f"{name} failed with exit status {status}; its output:\n")
        sys.stderr.write(Path(output).read_text(errors="replace"))
        sys.exit(1)
    return elapsed // 1000


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    directory = Path(sys.argv[1])
    rounds = int(sys.argv[2])
    commands = parse(sys.argv[3:])

    for name, argv in commands:
        run(directory, name, argv, directory / f"{name}.warmup.out")

    times = {name: [] for name, _ in commands}
    for round_number in range(1, rounds + 1):
        order = commands if round_number % 2 else list(reversed(commands))
        for name, argv in order:
            output = directory / f"{name}.{round_number}.out"
            times[name].append(run(directory, name, argv, output))

    for name, values in times.items():
        (directory / f"{name}.times").write_text("".join(f"{v}\n" for v in values))


if __name__ == "__main__":
    main()
