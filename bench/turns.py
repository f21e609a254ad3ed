"""Turn throughput, latency and CPU per turn: the target bot against the stock botbuilder echo bot.

Both bots run as subprocesses pinned to CPU 0 (`taskset -c 0`); this process (closed-loop load generator plus
an in-process mock Bot Connector on loopback) runs on CPU 1. Inbound activities carry serviceUrl = the mock,
and a turn counts as done when its HTTP answer has arrived AND its first reply message reached the mock
(so bots that acknowledge early and reply later are measured fairly). CPU per turn comes from
/proc/<pid>/stat utime+stime deltas of the bot (and its child processes). Rounds are interleaved.

    .venv/bin/python bench/turns.py                       # target = bench/transport_bot.py
    .venv/bin/python bench/turns.py --target pscbot       # target = `pscbot serve` (dev env, temp SQLite)
    .venv/bin/python bench/turns.py --target-cmd "... --port {port}" --target-env K=V
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.mock_connector import MockConnector, Received  # noqa: E402

PY = sys.executable
CLK_TCK = os.sysconf("SC_CLK_TCK")
TEXTS = ("/help", "what is the appeal deadline after an IRF denial for a synthetic plan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_cpu_s(pid: int) -> float:
    """utime+stime of pid and its descendants, seconds."""
    total = 0.0
    pids = {pid}
    try:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) in pids or int(entry) == pid:
                    pids.add(int(entry))
                    total += (int(fields[11]) + int(fields[12])) / CLK_TCK
    except OSError:
        pass
    return total


def rss_mib(pid: int) -> float:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@dataclass
class Bot:
    name: str
    cmd: str
    env: dict[str, str]
    port: int = 0
    proc: subprocess.Popen | None = None
    startup_s: float = 0.0

    def start(self) -> None:
        self.port = free_port()
        cmd = self.cmd.format(port=self.port, python=PY)
        argv = shlex.split(cmd)
        if len(os.sched_getaffinity(0)) > 1 or os.cpu_count() and os.cpu_count() > 1:
            argv = ["taskset", "-c", "0", *argv]
        env = {**os.environ, **self.env}
        t0 = time.monotonic()
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = t0 + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace")[-2000:] if self.proc.stderr else ""
                raise SystemExit(f"{self.name} exited with {self.proc.returncode}:\n{err}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    self.startup_s = time.monotonic() - t0
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit(f"{self.name} did not open port {self.port} in 30 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Stats:
    turns: int = 0
    errors: int = 0
    seconds: float = 0.0
    cpu_s: float = 0.0
    loadgen_cpu_s: float = 0.0
    latencies: list[float] = field(default_factory=list)

    def add(self, other: Stats) -> None:
        self.turns += other.turns
        self.errors += other.errors
        self.seconds += other.seconds
        self.cpu_s += other.cpu_s
        self.loadgen_cpu_s += other.loadgen_cpu_s
        self.latencies.extend(other.latencies)

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(p / 100 * len(xs)))] * 1000

    @property
    def tps(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self) -> float:
        return self.cpu_s * 1000 / self.turns if self.turns else float("nan")


class Driver:
    def __init__(
        self,
        mock: MockConnector,
        session: aiohttp.ClientSession,
        turn_timeout: float,
        texts: tuple[str, ...] = TEXTS,
        conversations: int = 0,
    ) -> None:
        self.texts = texts
        self.conversations = conversations  # 0: a new conversation every turn (worst case for the bot)
        self.mock = mock
        self.session = session
        self.turn_timeout = turn_timeout
        self.waiters: dict[str, asyncio.Future] = {}
        self.ids = itertools.count(1)
        mock.on_activity = self._on_activity

    def _on_activity(self, rec: Received) -> None:
        body = rec.body if isinstance(rec.body, dict) else {}
        if body.get("type", "message") != "message":
            return  # typing indicators etc. do not complete a turn
        fut = self.waiters.pop(rec.conversation_id or "", None)
        if fut is not None and not fut.done():
            fut.set_result(time.perf_counter())

    def activity(self, n: int) -> dict:
        return {
            "type": "message",
            "id": f"17{n:011d}",
            "channelId": "msteams",
            "serviceUrl": self.mock.url,
            "timestamp": "2026-11-28T13:00:00.000Z",
            "locale": "en-US",
            "from": {"id": f"29:bench-user-{n % 97}", "name": "Synthetic User", "aadObjectId": None},
            "recipient": {"id": "28:bench-bot", "name": "pscbot"},
            "conversation": {
                "id": f"a:bench-conv-{n % self.conversations if self.conversations else n}",
                "conversationType": "personal",
                "tenantId": "tenant-synthetic",
            },
            "channelData": {"tenant": {"id": "tenant-synthetic"}},
            "text": self.texts[n % len(self.texts)],
        }

    async def turn(self, url: str) -> float | None:
        n = next(self.ids)
        act = self.activity(n)
        fut = asyncio.get_running_loop().create_future()
        self.waiters[act["conversation"]["id"]] = fut
        t0 = time.perf_counter()
        try:
            async with self.session.post(url, json=act) as resp:
                await resp.read()
                if resp.status >= 300:
                    return None
            await asyncio.wait_for(fut, self.turn_timeout)
            return time.perf_counter() - t0  # both the HTTP answer and the first reply are in
        except (TimeoutError, aiohttp.ClientError):
            return None
        finally:
            self.waiters.pop(act["conversation"]["id"], None)

    async def run(self, bot: Bot, concurrency: int, seconds: float) -> Stats:
        url = f"http://127.0.0.1:{bot.port}/api/messages"
        stats = Stats()
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < deadline:
                lat = await self.turn(url)
                if lat is None:
                    stats.errors += 1
                else:
                    stats.turns += 1
                    stats.latencies.append(lat)

        cpu0 = proc_cpu_s(bot.proc.pid)
        own0 = time.process_time()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        stats.seconds = time.perf_counter() - t0
        stats.cpu_s = proc_cpu_s(bot.proc.pid) - cpu0
        stats.loadgen_cpu_s = time.process_time() - own0
        return stats


async def bench(args: argparse.Namespace, bots: list[Bot]) -> dict:
    levels = [int(x) for x in args.concurrency.split(",")]
    results: dict[tuple[str, int], Stats] = {(b.name, c): Stats() for b in bots for c in levels}
    async with MockConnector(delay_s=args.connector_delay_ms / 1000) as mock:
        mock.record = False
        connector = aiohttp.TCPConnector(limit=0, limit_per_host=max(levels) + 10)
        async with aiohttp.ClientSession(connector=connector) as session:
            driver = Driver(mock, session, args.turn_timeout, tuple(args.text or TEXTS), args.conversations)
            for bot in bots:  # warm-up: imports, caches, first connections
                await driver.run(bot, 4, args.warmup)
            for r in range(args.rounds):
                for c in levels:
                    order = bots if r % 2 == 0 else list(reversed(bots))
                    for bot in order:
                        s = await driver.run(bot, c, args.seconds)
                        results[(bot.name, c)].add(s)
                        print(
                            f"  round {r + 1} c={c:<3} {bot.name:<8} {s.tps:8.1f} turns/s"
                            f"  p50 {s.pct(50):7.1f} ms"
                            f"  p99 {s.pct(99):7.1f} ms  cpu {s.cpu_ms:6.2f} ms/turn  errors {s.errors}"
                            f"  (load generator {s.loadgen_cpu_s * 1000 / max(1, s.turns):.2f} ms/turn)",
                            flush=True,
                        )
    out: dict = {"levels": levels, "rows": [], "loadavg_after": os.getloadavg()}
    print()
    print("| concurrency | bot | turns/s | p50 ms | p99 ms | CPU ms/turn | errors |")
    print("|---|---|---|---|---|---|---|")
    for c in levels:
        for bot in bots:
            s = results[(bot.name, c)]
            print(
                f"| {c} | {bot.name} | {s.tps:,.0f} | {s.pct(50):.1f} | {s.pct(99):.1f} | {s.cpu_ms:.2f} | {s.errors} |"
            )
            out["rows"].append(
                {
                    "concurrency": c,
                    "bot": bot.name,
                    "turns_per_s": round(s.tps, 1),
                    "p50_ms": round(s.pct(50), 2),
                    "p99_ms": round(s.pct(99), 2),
                    "cpu_ms_per_turn": round(s.cpu_ms, 3),
                    "turns": s.turns,
                    "errors": s.errors,
                }
            )
    print()
    target, stock = bots[0].name, bots[1].name
    for c in levels:
        t, s = results[(target, c)], results[(stock, c)]
        print(
            f"c={c:<3} CPU/turn {stock}/{target} = {s.cpu_ms / t.cpu_ms:5.1f}x   "
            f"turns/s {target}/{stock} = {t.tps / s.tps if s.tps else float('nan'):5.1f}x   "
            f"{target} p99 {t.pct(99):.1f} ms"
        )
    print(f"load average now {os.getloadavg()[0]:.2f} (other work on this machine skews absolute figures)")
    for bot in bots:
        print(f"{bot.name}: startup to open port {bot.startup_s:.2f} s, RSS after load {rss_mib(bot.proc.pid):.0f} MiB")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--target",
        choices=("transport", "pscbot"),
        default="transport",
        help="preset for the target bot (default: bench/transport_bot.py)",
    )
    parser.add_argument("--target-cmd", help="command for the target bot; {port} and {python} are filled in")
    parser.add_argument("--target-env", action="append", default=[], help="KEY=VALUE for the target (repeat)")
    parser.add_argument("--target-name", default=None)
    parser.add_argument("--stock-cmd", default="{python} bench/echo_stock.py --port {port}")
    parser.add_argument("--concurrency", default="1,10,50")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=4.0, help="per target, per level, per round")
    parser.add_argument("--warmup", type=float, default=1.5)
    parser.add_argument("--turn-timeout", type=float, default=10.0)
    parser.add_argument("--connector-delay-ms", type=float, default=0.0, help="mock connector answer delay")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--text", action="append", help="turn text (repeat; default: /help and a question)")
    parser.add_argument(
        "--conversations", type=int, default=0, help="cycle through N conversations (default 0: a new one every turn)"
    )
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="pscbot-bench-")
    # The mock is not Teams: no app-wide pacing (per-conversation pacing stays; conversations are unique).
    env = {"PSCBOT_APP_RATE_PER_S": "0", "PSCBOT_LOG_LEVEL": "WARNING"}
    if args.target == "pscbot" and not args.target_cmd:
        cmd = str(ROOT / ".venv/bin/pscbot") + " serve --port {port}"
        env.update(
            {
                "PSCBOT_ENV": "development",
                "DATABASE_URL": f"sqlite:///{tmp}/b.db",
                "PSCBOT_DEMO_DATA": "false",
                "PSCBOT_JOBS": "false",  # measure turns, not the mailbox and delivery jobs
            }
        )
        name = "pscbot"
    else:
        cmd = args.target_cmd or "{python} bench/transport_bot.py --port {port}"
        name = args.target_name or ("target" if args.target_cmd else "transport")
    for kv in args.target_env:
        key, _, value = kv.partition("=")
        env[key] = value
    if len(os.sched_getaffinity(0)) > 1:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[1]})
    bots = [Bot(name, cmd, env), Bot("stock", args.stock_cmd, {})]
    try:
        for b in bots:
            b.start()
        out = asyncio.run(bench(args, bots))
    finally:
        for b in bots:
            b.stop()
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
