#!/usr/bin/env python3
"""Measures backplan against the performance targets on one JVM; bench/run calls it once per JVM.

Standard library only. Whole-process times come from hyperfine; the rest is timed here, as a person or a script
sees it: the moment a line or a frame arrives on the pipe or the pseudo-terminal, and the kernel's own account
of CPU time (wait4) and peak resident memory (ru_maxrss) for the process the launcher execs into.
"""

import argparse
import datetime
import fcntl
import json
import math
import os
import re
import resource
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

EVENT = re.compile(rb"^\d+:\d\d ")  # a plain event line starts with the session clock, "00:05 ..."


class Bench:
    def __init__(self, args):
        self.args = args
        self.smoke = args.smoke
        self.java = args.java
        self.launcher = args.launcher
        self.work = args.work
        self.rows = []  # (target, measured, goal, verdict)
        self.failures = []
        self.data = os.path.join(self.work, "data")
        os.makedirs(self.data, exist_ok=True)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("BACKPLAN_") and k not in ("NO_COLOR", "JAVA_OPTS", "JAVA_TOOL_OPTIONS")}
        # the bench owns its world: a home and XDG directories of its own, never the person's; only Maven's
        # downloads (should bin/backplan rebuild) stay where they are
        m2 = os.environ.get("MAVEN_USER_HOME") or os.path.join(os.path.expanduser("~"), ".m2")
        env.setdefault("MAVEN_USER_HOME", m2)
        env["MAVEN_OPTS"] = (env.get("MAVEN_OPTS", "") + " -Dmaven.repo.local="
                             + os.path.join(m2, "repository")).strip()
        env.update(JAVA_HOME=args.java_home, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   BACKPLAN_DATA_DIR=self.data, HOME=os.path.join(self.work, "home"),
                   XDG_CONFIG_HOME=os.path.join(self.work, "home", "config"),
                   XDG_DATA_HOME=os.path.join(self.work, "home", "data"),
                   XDG_STATE_HOME=os.path.join(self.work, "home", "state"),
                   XDG_CACHE_HOME=os.path.join(self.work, "cache"))
        self.env = env

    # ---- helpers ------------------------------------------------------------------------------------------

    def bp(self, *words):
        return [self.launcher, *words]

    def hello(self):
        return [self.java, "-cp", self.args.hello, "Hello"]

    def session_args(self, seconds, *extra):
        return self.bp("start", self.exercise, "--yes", "--lead-in", "0", "--rest-between", "0", "--sets", "1",
                       "--work", str(seconds), *extra)

    def row(self, target, measured, goal, ok):
        verdict = "n/a" if ok is None else ("met" if ok else "NOT met")
        self.rows.append((target, measured, goal, verdict))
        print(f"  {target}: {measured}  (goal {goal}) {verdict}", file=sys.stderr, flush=True)

    def failed(self, target, why):
        self.failures.append(f"{target}: {why}")
        self.rows.append((target, "did not run: " + why, "", "FAILED"))
        print(f"  {target}: FAILED: {why}", file=sys.stderr, flush=True)

    def hyperfine(self, commands, runs, rounds):
        """Median wall time (s) and mean CPU (s) per command; rounds alternate the commands against load drift."""
        times = [[] for _ in commands]
        cpu = [[] for _ in commands]
        out = os.path.join(self.work, "hyperfine.json")
        for _ in range(rounds):
            argv = ["hyperfine", "-N", "--style", "none", "--output", "pipe", "--warmup", "1" if self.smoke else "3",
                    "--runs", str(runs), "--export-json", out, *[" ".join(map(shq, c)) for c in commands]]
            subprocess.run(argv, env=self.env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            with open(out) as f:
                results = json.load(f)["results"]
            for i, r in enumerate(results):
                times[i] += r["times"]
                cpu[i].append(r["user"] + r["system"])
        self.last_min = [min(t) for t in times]
        return [statistics.median(t) for t in times], [statistics.mean(c) for c in cpu]

    # ---- preparation --------------------------------------------------------------------------------------

    def prepare(self):
        t0 = time.monotonic()
        p = subprocess.run(self.bp("--version"), env=self.env, capture_output=True, text=True)
        took = time.monotonic() - t0
        if p.returncode != 0:
            raise RuntimeError("backplan --version failed: " + p.stderr.strip())
        # Whether backplan's classes come from the class-data archive (the repository launcher makes it on the
        # first run after a build, which the run above was when it took seconds).
        log = subprocess.run(self.bp("--version"), env=dict(self.env, JAVA_OPTS="-Xlog:class+load=info:stdout"),
                             capture_output=True, text=True).stdout
        shared = sum(1 for l in log.splitlines() if "source: shared objects file" in l)
        loaded = sum(1 for l in log.splitlines() if " source: " in l)
        used = "backplan.Backplan source: shared objects file" in log
        self.row("archive", f"{'used' if used else 'NOT used'}: {shared} of {loaded} classes of --version from it"
                 f" (first run {took:.1f} s)", "backplan's classes from the archive", used)
        exercises = json.loads(subprocess.run(self.bp("list", "--json"), env=self.env, capture_output=True,
                                              check=True).stdout)
        first = next(e for e in exercises if not e.get("prescription", {}).get("perSide"))
        self.exercise, self.name = first["id"], first["name"]
        # One completed session: it acknowledges the safety note, and its history line is the generator's model.
        subprocess.run(self.session_args(1, "--plain"), env=self.env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    # ---- target 1: short commands ----------------------------------------------------------------------------

    def short_commands(self):
        runs, rounds = (3, 1) if self.smoke else (10, 4)
        targets = [("list", ["list"], 3.3), ("validate", ["validate"], 3.3), ("--version", ["--version"], 3.0),
                   ("--help", ["--help"], 3.0), ("status", ["status"], 3.0)]
        commands = [self.hello()] + [self.bp(*words) for _, words, _ in targets]
        med, cpu = self.hyperfine(commands, runs, rounds)
        self.hello_ms = med[0] * 1000
        self.row("   hello world (the JVM alone)", f"{med[0] * 1000:.0f} ms (CPU {cpu[0] * 1000:.0f} ms)",
                 "(the baseline)", None)
        for i, (name, _, goal) in enumerate(targets, start=1):
            ratio = med[i] / med[0]
            self.row(f"1. {name}, stdout to a pipe", f"{med[i] * 1000:.0f} ms = {ratio:.2f}x"
                     f" (CPU {cpu[i] * 1000:.0f} ms)", f"<= {goal}x", ratio <= goal)
        # status is for prompts and bars, run on every redraw: it answers in no more than --version's time
        version, status = med[3], med[5]
        self.row("   status against --version", f"{status * 1000:.0f} vs {version * 1000:.0f} ms ="
                 f" {status / version:.2f}x", "<= 1.0x", status <= version)

    # ---- target 2: first event line, first frame -------------------------------------------------------------

    def first_line(self, argv):
        """Seconds from spawn to the first complete line on stdout; then the process is stopped."""
        t0 = time.monotonic()
        p = subprocess.Popen(argv, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
        buf = b""
        while b"\n" not in buf:
            chunk = os.read(p.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError(f"{argv[:3]} printed no line")
            buf += chunk
        took = time.monotonic() - t0
        stop(p)
        return took

    def first_event(self):
        n = 3 if self.smoke else 20
        hello, start = [], []
        for _ in range(n):  # alternate, so load drift hits both alike
            hello.append(self.first_line(self.hello()))
            start.append(self.first_line(self.session_args(30, "--plain")))
        h, s = statistics.median(hello), statistics.median(start)
        self.row("2. start --plain, first event line", f"{s * 1000:.0f} ms vs hello {h * 1000:.0f} ms ="
                 f" {s / h:.2f}x", "<= 3.5x", s / h <= 3.5)

    def pty_run(self, argv, until, keep=0.0, watch=None):
        """Runs argv in an 80x24 pseudo-terminal. Returns (seconds to `until`, rusage, output); with keep, lets
        it run that long in all, else stops it once `until` is seen. watch(pid), if given, is called about every
        0.2 s while it runs."""
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

        def controlling_tty():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        t0 = time.monotonic()
        p = subprocess.Popen(argv, env=dict(self.env, TERM="xterm-256color"), stdin=slave, stdout=slave,
                             stderr=slave, preexec_fn=controlling_tty, close_fds=True)
        os.close(slave)
        out, seen, deadline = b"", None, t0 + (keep or 30)
        try:
            while time.monotonic() < deadline:
                ended = not alive(p)  # before reading, so that nothing it wrote is missed
                if watch and not ended:
                    watch(p.pid)
                ready, _, _ = select.select([master], [], [], 0 if ended else 0.2)
                chunk = b""
                if ready:
                    try:
                        chunk = os.read(master, 65536)
                    except OSError:
                        pass  # EIO: the child has closed the terminal
                if chunk:
                    out += chunk
                    if seen is None and until(out):
                        seen = time.monotonic() - t0
                        if not keep:
                            break
                elif ended or ready:
                    break
        finally:
            usage = stop(p)
            os.close(master)
        if seen is None:
            raise RuntimeError(f"{argv[:3]}: nothing like the expected output in the terminal")
        return seen, usage, out

    def first_frame(self, out):
        """The live screen has drawn its first frame: the alternate screen is on, the exercise's name is shown
        and, when the terminal is told about synchronized output, the update has ended."""
        at = out.find(b"\x1b[?1049h")
        if at < 0:
            return False
        screen = out[at:]
        if self.name.encode() not in screen:
            return False
        begin = screen.find(b"\x1b[?2026h")
        return begin < 0 or b"\x1b[?2026l" in screen[begin:]

    def first_frame_time(self):
        n = 2 if self.smoke else 12
        hello, live = [], []
        for _ in range(n):
            seen, usage, _ = self.pty_run(self.hello(), lambda o: b"hello world" in o)
            hello.append(seen)
            self.hello_rss = usage.ru_maxrss / 1024
            live.append(self.pty_run(self.session_args(30), self.first_frame)[0])
        h, s = statistics.median(hello), statistics.median(live)
        self.row("2. start in a pseudo-terminal, first frame", f"{s * 1000:.0f} ms vs hello {h * 1000:.0f} ms ="
                 f" {s / h:.2f}x", "<= 4.0x", s / h <= 4.0)

    # ---- targets 3, 4, 5: real sessions, run side by side ----------------------------------------------------

    def plain_session(self, seconds, result):
        """A plain session: arrival time of every line, CPU between first and last event, and wait4's rusage."""
        p = subprocess.Popen(self.session_args(seconds, "--plain"), env=self.env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines, buf = [], b""
        ticks = os.sysconf("SC_CLK_TCK")
        cpu_at = []
        while True:
            chunk = os.read(p.stdout.fileno(), 65536)
            now = time.monotonic()
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                lines.append((now, line))
                if EVENT.match(line):
                    cpu_at.append(proc_cpu(p.pid, ticks))
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        events = [i for i, (_, l) in enumerate(lines) if EVENT.match(l)]
        if p.returncode != 0 or not events or events[-1] + 1 >= len(lines):
            raise RuntimeError(f"a {seconds} s session ended with {p.returncode} after {len(lines)} lines")
        first = lines[events[0]][0]
        if lines[events[-1]][1].endswith(b" end"):
            end = lines[events[-1]][0]  # the session's own "MM:SS end" line, printed as it ends
            events = events[:-1]
        else:
            end = lines[events[-1] + 1][0]  # older builds: the summary follows the session's end at once
        last_event = lines[events[-1]][0]
        result.update(seconds=seconds, error=end - first - seconds, cpu=usage.ru_utime + usage.ru_stime,
                      waiting_cpu=(cpu_at[-1] - cpu_at[0]) if len(cpu_at) > 1 else None,
                      waiting_wall=last_event - first, maxrss=usage.ru_maxrss / 1024)

    def live_session(self, seconds, result):
        # Stopped two seconds after its planned end, whatever it then waits for (a question, a key). The kernel's
        # own account of the process's memory, sampled as it runs: Private_Dirty is what it alone costs (the
        # archive and libraries mapped clean are shared with every other run).
        peak = {"Private_Dirty": 0, "Rss": 0}

        def sample(pid):
            for key, kib in smaps_rollup(pid).items():
                if key in peak:
                    peak[key] = max(peak[key], kib)

        _, usage, _ = self.pty_run(self.session_args(seconds), self.first_frame, keep=seconds + 2, watch=sample)
        result.update(maxrss=usage.ru_maxrss / 1024, cpu=usage.ru_utime + usage.ru_stime,
                      private_dirty=peak["Private_Dirty"] / 1024, rss=peak["Rss"] / 1024)

    def sessions(self):
        short, long, cpu_len, live_len = (2, 4, 3, 3) if self.smoke else (10, 120, 60, 60)
        jobs = {"short": (self.plain_session, short), "long": (self.plain_session, long),
                "cpu": (self.plain_session, cpu_len), "live": (self.live_session, live_len)}
        if self.args.quick:  # memory only: precision and waiting cost do not depend on the launcher
            jobs = {"live": jobs["live"]}
        results, errors, threads = {k: {} for k in jobs}, {}, []
        for key, (fn, secs) in jobs.items():
            def run(fn=fn, secs=secs, key=key):
                try:
                    fn(secs, results[key])
                except Exception as e:  # reported below, per target
                    errors[key] = str(e)
            t = threading.Thread(target=run)
            t.start()
            threads.append(t)
            time.sleep(1.0)  # let each one start on its own, not four JVMs at once on two cores
        for t in threads:
            t.join()
        for key in ("short", "long") if "short" in jobs else ():
            if key in errors:
                self.failed(f"3. precision, P = {jobs[key][1]} s", errors[key])
            else:
                r = results[key]
                self.row(f"3. precision, P = {r['seconds']} s", f"ends {r['error'] * 1000:+.1f} ms off",
                         "within +-20 ms", abs(r["error"]) <= 0.020)
        if "cpu" not in jobs:
            pass
        elif "cpu" in errors:
            self.failed("4. CPU while waiting", errors["cpu"])
        else:
            dry = []
            for _ in range(1 if self.smoke else 3):
                p = subprocess.Popen(self.session_args(cpu_len, "--plain", "--dry-run"), env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(p.pid, 0)
                p.returncode = os.waitstatus_to_exitcode(status)
                dry.append(usage.ru_utime + usage.ru_stime)
            r = results["cpu"]
            extra = r["cpu"] - statistics.median(dry)
            self.row(f"4. CPU of a {cpu_len} s session minus its --dry-run",
                     f"{r['cpu']:.2f} - {statistics.median(dry):.2f} = {extra:.2f} s", "<= 0.3 s", extra <= 0.3)
            if r["waiting_cpu"] is not None:
                self.row("   CPU between first and last event", f"{r['waiting_cpu'] * 1000:.0f} ms in"
                         f" {r['waiting_wall']:.0f} s ({r['waiting_cpu'] / max(r['waiting_wall'], 1e-9) * 100:.2f}%)",
                         "no busy polling", r["waiting_cpu"] <= 0.01 * r["waiting_wall"] + 0.05)
        if "live" in errors:
            self.failed("5. peak memory, live session", errors["live"])
        else:
            r = results["live"]
            self.row(f"5. private dirty memory, live {live_len} s session, at its peak",
                     f"{r['private_dirty']:.1f} MiB (smaps_rollup)", "<= 24 MiB", r["private_dirty"] <= 24)
            self.row(f"   peak RSS, live {live_len} s session", f"{r['maxrss']:.1f} MiB (wait4; smaps peak"
                     f" {r['rss']:.1f} MiB)", "(reported beside it)", None)
            if getattr(self, "hello_rss", None):
                self.row("   peak RSS, hello world (the JVM alone)", f"{self.hello_rss:.1f} MiB", "(for comparison)",
                         None)
            if "maxrss" in results.get("cpu", {}):
                self.row("   peak RSS, plain session", f"{results['cpu']['maxrss']:.1f} MiB", "(for comparison)",
                         None)

    # ---- target 7: the voice keeps up ------------------------------------------------------------------------

    def voice(self):
        """A plain session with the voice on and a stand-in espeak-ng that notes the moment each phrase begins
        (the same clock as the lines' arrival): how long after its event's line each phrase began. The end-to-end
        test (VoiceIT) checks that each phrase belongs to its event; how soon it comes is measured here."""
        fake = os.path.join(self.work, "fake-speech")
        os.makedirs(fake, exist_ok=True)
        log = os.path.join(self.work, "speech.log")
        if os.path.exists(log):
            os.remove(log)
        espeak = os.path.join(fake, "espeak-ng")
        with open(espeak, "w") as f:
            f.write(f'#!/bin/sh\nprintf "%s %s\\n" "$(date +%s%N)" "$*" >> {shq(log)}\n')
        os.chmod(espeak, 0o755)
        env = dict(self.env, PATH=fake + os.pathsep + self.env.get("PATH", ""))
        sets = "1" if self.smoke else "4"
        p = subprocess.Popen(self.bp("start", self.exercise, "--voice", "--plain", "--yes", "--sound", "off",
                                     "--lead-in", "1", "--rest-between", "0", "--sets", sets, "--work", "2",
                                     "--rest", "1"),
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        events, buf = [], b""
        while True:
            chunk = os.read(p.stdout.fileno(), 65536)
            now = time.time()
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                if EVENT.match(line):
                    events.append(now)
        if p.wait() != 0 or not events:
            raise RuntimeError(f"a voiced session ended with {p.returncode} after {len(events)} event lines")
        with open(log) as f:
            began = [int(l.split(" ", 1)[0]) / 1e9 for l in f if l.strip()]
        if not began:
            raise RuntimeError("the voice said nothing")
        # each phrase against the event line nearest it (a cue is handed over just before its line is drawn)
        late = [min((b - e for e in events), key=abs) for b in began]
        worst = max(late, key=abs)
        self.row("7. voice: a phrase begins after its event's line", f"median {statistics.median(late) * 1000:+.0f}"
                 f" ms, worst {worst * 1000:+.0f} ms ({len(late)} phrases)", "within +-150 ms",
                 abs(worst) <= 0.150)

    # ---- target 6: scale ------------------------------------------------------------------------------------

    def scale(self):
        sizes = [100, 1000, 10000] if self.smoke else [1000, 10000, 100000]
        runs = 2 if self.smoke else 5
        self.scale_one("list", sizes, runs, lambda n: self.bp("--catalog", self.catalog(n), "list"),
                       self.bp("list"), 10000)
        history = os.path.join(self.data, "history.jsonl")
        model = None
        if os.path.exists(history):
            with open(history) as f:
                model = next((json.loads(l) for l in f if l.strip()), None)
        probe = subprocess.run(self.bp("progress", "--help"), env=self.env, capture_output=True)
        if probe.returncode != 0:
            self.failed("6. progress", "this backplan has no progress command")
            return
        if model is None:
            self.failed("6. progress", "the session wrote no history line to copy")
            return
        empty = os.path.join(self.work, "history-0")
        os.makedirs(empty, exist_ok=True)
        self.scale_one("progress", sizes, runs,
                       lambda n: self.bp("--data-dir", self.history(n, model), "progress"),
                       self.bp("--data-dir", empty, "progress"), 100000)

    def scale_one(self, name, sizes, runs, command, baseline, goal_at):
        refused = {}
        for n in sizes:
            p = subprocess.run(command(n), env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
            if p.returncode != 0:
                refused[n] = (p.stderr.strip().splitlines() or [f"exit {p.returncode}"])[-1]
        label = lambda n: f"{n // 1000}k" if n >= 1000 else str(n)
        for n, why in refused.items():
            self.row(f"6. {name} at {label(n)}", "refused: " + why.split(": ", 1)[-1][:120], "runs", False)
        all_sizes, sizes = sizes, [n for n in sizes if n not in refused]
        if len(sizes) < 2:
            self.failed(f"6. {name}", "fewer than two sizes ran")
            return
        commands = [baseline] + [command(n) for n in sizes]
        med, _ = self.hyperfine(commands, runs, 1)
        base, times = med[0], med[1:]
        desc = ", ".join(f"{label(n)}: {t * 1000:.0f} ms" for n, t in zip(sizes, times))
        # Growth: the exponent k in (t - t0) ~ n^k between the two largest sizes, t0 being the tiny input's
        # time; from the fastest runs, which load on the machine disturbs least.
        fast = self.last_min
        d1, d2 = fast[-2] - fast[0], fast[-1] - fast[0]
        k = (float("nan") if d1 <= 0.005 or d2 <= 0 else
             math.log(d2 / d1) / math.log(sizes[-1] / sizes[-2]))
        at_goal = dict(zip(sizes, times)).get(goal_at)
        what = "10,000 exercises" if name == "list" else "100,000 lines"
        if at_goal is not None:
            self.row(f"6. {name} on {what}", f"{at_goal * 1000:.0f} ms", "<= 1.5 s", at_goal <= 1.5)
        if k == k:
            self.row(f"6. {name} growth, {' / '.join(map(label, all_sizes))}",
                     f"exponent {k:.2f} ({desc}; tiny input {base * 1000:.0f} ms)", "<= 1.2 (1 is linear)", k <= 1.2)
        else:
            self.row(f"6. {name} growth, {' / '.join(map(label, all_sizes))}",
                     f"too small to tell: {label(sizes[-2])} is within 5 ms of the tiny input ({desc};"
                     f" tiny input {base * 1000:.0f} ms)", "<= 1.2 (1 is linear)", None)

    def catalog(self, n):
        """A catalog of n short exercises (the loader refuses files over 1 MiB), under the bundled header."""
        path = os.path.join(self.work, f"catalog-{n}.yaml")
        if os.path.exists(path):
            return path
        with open(self.args.catalog, encoding="utf-8") as f:
            head = f.read().split("\nexercises:\n", 1)[0]
        # Every category needs one; those without defaults in the bundled header carry their own.
        categories = ["mobility", "abs", "back", "obliques", "glutes", "stretch"]
        with open(path, "w", encoding="utf-8") as out:
            out.write(head + "\nexercises:\n")
            for i in range(n):
                c = categories[i % 6]
                own = ", prescription: {sets: 1, work: 9}, breathing: Go." if c in ("abs", "obliques") else ""
                out.write(f"  - {{id: x{i}, name: X{i}, category: {c}, source: common, cues: [Go., Rest.]{own}}}\n")
        return path

    def history(self, n, model):
        """A data directory whose history has n sessions like `model`, four a day, going back from today."""
        d = os.path.join(self.work, f"history-{n}")
        path = os.path.join(d, "history.jsonl")
        if os.path.exists(path):
            return d
        os.makedirs(d, exist_ok=True)
        start = datetime.datetime.fromisoformat(model["start"])
        length = datetime.datetime.fromisoformat(model["end"]) - start
        today = start.replace(hour=7, minute=0, second=0, microsecond=0)
        with open(path, "w", encoding="utf-8") as out:
            for i in range(n - 1, -1, -1):
                at = today - datetime.timedelta(days=i // 4) + datetime.timedelta(hours=3 * (i % 4))
                model["start"], model["end"] = at.isoformat(), (at + length).isoformat()
                out.write(json.dumps(model, separators=(",", ":")) + "\n")
        return d

    def run(self):
        steps = [("prepare", self.prepare), ("1", self.short_commands), ("2a", self.first_event),
                 ("2b", self.first_frame_time), ("3-5", self.sessions)]
        if not self.args.quick:  # neither depends on the launcher
            steps.append(("6", self.scale))
            steps.append(("7", self.voice))
        for name, step in steps:
            try:
                step()
            except Exception as e:
                self.failed(f"step {name}", f"{type(e).__name__}: {e}")
                if name == "prepare":
                    break
        return self.rows, self.failures


def proc_cpu(pid, ticks):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks
    except OSError:
        return 0.0


def smaps_rollup(pid):
    """The process's memory totals in KiB, by /proc/PID/smaps_rollup's names (Rss, Private_Dirty, ...)."""
    totals = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3 and parts[2] == "kB":
                    totals[parts[0].rstrip(":")] = int(parts[1])
    except OSError:
        pass  # it has just ended
    return totals


def alive(p):
    """Whether the child still runs, without reaping it (p.poll() would, and lose its rusage)."""
    return os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None


def stop(p):
    """Stops a child (SIGTERM, as a closing terminal or a service manager would) and returns its rusage."""
    if alive(p):
        os.kill(p.pid, signal.SIGTERM)  # not p.send_signal: it polls, which reaps
    deadline = time.monotonic() + 10
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() > deadline:
            os.kill(p.pid, signal.SIGKILL)
        time.sleep(0.01)
    if p.stdout:
        p.stdout.close()
    return usage


def shq(word):
    return word if re.fullmatch(r"[\w@%+=:,./-]+", word) else "'" + word.replace("'", "'\\''") + "'"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--java-home", required=True)
    ap.add_argument("--launcher", required=True)
    ap.add_argument("--hello", required=True, help="the directory holding Hello.class")
    ap.add_argument("--catalog", required=True, help="the bundled exercises.yaml, copied to make big catalogs")
    ap.add_argument("--work", help="a scratch directory (default: a new temporary one)")
    ap.add_argument("--smoke", action="store_true", help="a quick run that checks every measurement works")
    ap.add_argument("--quick", action="store_true",
                    help="start-up and memory only (no precision, waiting cost or scale: they do not depend on the"
                         " launcher)")
    ap.add_argument("--json", help="write the rows here as JSON")
    args = ap.parse_args()
    args.java = os.path.join(args.java_home, "bin", "java")
    args.work = args.work or tempfile.mkdtemp(prefix="backplan-bench-")
    rows, failures = Bench(args).run()
    jvm = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"jvm": f"{jvm[0] if jvm else '?'} ({args.java_home})", "launcher": args.launcher,
                       "rows": rows, "failures": failures}, f, indent=1)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
