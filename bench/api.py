"""HTTP load on the real server: requests/s and latency of ``/api/search`` and ``/api/suggest``,
at one and at two server processes, against the floor of the HTTP stack itself.

Builds (once, then reused from ``var/bench/api-<n>/``) a store of ``--n`` synthetic merged
London services with the embedded search index, starts ``signpost serve`` on a free
127.0.0.1 port with rate limiting off, and drives it from a small asyncio HTTP/1.1 keep-alive
client (raw sockets: the load generator shares the machine's cores with the server, so it must
cost as little as possible). Each endpoint gets ``--duration`` seconds at ``--concurrency``
open connections.

- ``search_uncached``: the realistic mix with **no repeated request** (a need, a postcode and
  a distinct radius of 3–15 km: every request reaches the backend) — the goal's row;
- ``search``: 400 distinct questions repeated as real traffic repeats them (the server's
  60-second result cache answers repeats), some near a postcode, some on page 2–3;
- ``search_hot``: ten questions, so it measures the HTTP server and the API itself;
- ``suggest``: prefixes as typed.

``floor_bare_uvicorn`` is the same client against uvicorn alone answering every request with
a fixed body (a real search response's bytes): ``vs_floor`` gives each figure's share of it.
The load average is printed at each step: the machine is shared. ``--workers 1,2`` runs the
server with each number of processes (``signpost serve --workers N``).
Goal: ``search_uncached`` ≥300 req/s, p95 ≤50 ms, 0 errors at 100k services.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.backends import make_backend  # noqa: E402
from index.geo import Gazetteer  # noqa: E402
from index.model import (  # noqa: E402
    Location,
    MergedService,
    Organization,
    Phone,
    ProvenanceEntry,
    Schedule,
    Service,
)
from index.store import Store  # noqa: E402
from index.taxonomy import default_taxonomy  # noqa: E402
from signpost.config import Settings  # noqa: E402
from signpost.gazetteer import ensure_gazetteer  # noqa: E402

BOROUGHS = ["Harrow", "Hillingdon", "Brent", "Ealing", "Barnet", "Camden", "Hackney",
            "Lambeth", "Southwark", "Croydon", "Bexley", "Waltham Forest", "Newham", "Enfield"]  # fmt: skip
TOPICS: list[tuple[str, str, str]] = [
    ("debt-advice", "Debt Advice", "Free, confidential help with debts, bills and money worries."),
    ("benefits-advice", "Benefits Advice", "Help checking and claiming benefits such as "
     "Universal Credit, PIP and Pension Credit."),
    ("employment-support", "Jobs Club", "Employment support: CV writing, job search and "
     "interview practice with a work coach."),
    ("it-skills", "Computer Classes", "IT and digital skills classes: email, video calls and "
     "staying safe online."),
    ("stop-smoking", "Stop Smoking Service", "Support to quit smoking with nicotine "
     "replacement and weekly check-ins."),
    ("walking-groups", "Health Walks", "Friendly led walking group for all abilities."),
    ("gp-services", "Medical Centre", "NHS GP surgery: appointments with a doctor or practice "
     "nurse."),
    ("counselling", "Counselling Service", "Talking therapies and counselling for anxiety, "
     "depression and stress."),
    ("carers-support", "Carers Support", "Advice, breaks and a support group for unpaid "
     "carers."),
    ("food-banks", "Food Bank", "Emergency food parcels with a voucher from a referral agency."),
    ("learning-disability", "Day Centre", "Day opportunities and life skills for adults with a "
     "learning disability."),
    ("dementia", "Dementia Cafe", "A friendly cafe for people living with dementia and their "
     "carers."),
    ("housing-advice", "Housing Advice", "Advice on tenancy problems, rent arrears and "
     "eviction."),
    ("esol", "English Classes", "ESOL English language classes for speakers of other "
     "languages."),
    ("drugs-alcohol", "Drug and Alcohol Service", "Confidential support with drugs, alcohol "
     "and addiction."),
]  # fmt: skip
KINDS = ["Community", "Centre", "Project", "Network", "Trust", "Hub", "Group", "Partnership"]
SEARCHES = ["debt advice", "gp", "doctor", "stop smoking", "walking group", "carers support",
            "food bank", "counselling", "employment support", "computer classes", "dementia",
            "housing advice", "english classes", "benefits", "debt advice and jobs club",
            "alcohol support", "depression", "day centre", "universal credit", "health walks"]  # fmt: skip
PREFIXES = ["deb", "gp", "doc", "walk", "coun", "food", "emp", "car", "dem", "hou", "eng",
            "ben", "alc", "dep", "day", "comp", "sto", "jo", "he", "fo"]  # fmt: skip
POSTCODES = ["HA1 2AA", "UB8 1UW", "HA9 0FJ", "E17 4JF", "SE1 7PB", "N22 8JT", "W3 6RS",
             "NW10 4UG", "HA3", "UB4 0LT"]  # fmt: skip


def synthetic_services(n: int, gazetteer: Gazetteer, seed: int = 7) -> list[MergedService]:
    rng = random.Random(seed)
    terms = default_taxonomy().terms
    postcodes = {b: gazetteer.postcodes_in_borough(b)[::50] for b in BOROUGHS}
    now = datetime(2025, 11, 20, tzinfo=UTC)
    services: list[MergedService] = []
    for i in range(n):
        term_id, title, blurb = TOPICS[i % len(TOPICS)]
        borough = BOROUGHS[rng.randrange(len(BOROUGHS))]
        info = gazetteer.lookup(rng.choice(postcodes[borough]))
        kind = KINDS[rng.randrange(len(KINDS))]
        name = f"{borough} {title} {kind} {i}"
        sid = f"s-bench{i:08d}"
        source = f"bench-source-{i % 20}"
        service = Service(
            id=sid,
            name=name,
            description=f"{blurb} Run by {borough} {kind} for local residents.",
            is_free=i % 3 != 0,
            fees_description="Free" if i % 3 else "£5 per session",
            minimum_age=18 if i % 4 == 0 else None,
            organization=Organization(name=f"{borough} {kind} Trust"),
            locations=[
                Location(
                    address_1=f"{1 + i % 200} High Street",
                    city="London",
                    postal_code=info.postcode,
                    latitude=info.latitude,
                    longitude=info.longitude,
                    borough=info.borough,
                )
            ],
            phones=[Phone(number=f"+44208{i % 10_000_000:07d}")],
            schedules=[Schedule(byday="MO,TU,WE,TH,FR", opens_at="09:00", closes_at="17:00")],
            taxonomy_terms=[terms[term_id]] if term_id in terms else [],
            categories=[title],
        )
        entry = ProvenanceEntry(
            record_id=f"r-bench{i:08d}",
            source_id=source,
            source_url=f"https://example.org/{source}/{i}",
            fetched_at=now - timedelta(hours=i % 72),
        )
        services.append(
            MergedService(
                id=sid,
                service=service,
                member_ids=[entry.record_id],
                provenance={"name": [entry]},
                source_ids=[source],
                updated_at=now,
            )
        )
    return services


def build(n: int, root: Path, rebuild: bool) -> tuple[Path, dict[str, float]]:
    """The store and index for ``n`` services, reused from an earlier run when the index is
    still usable by the current backend (its format may have changed: then only the index is
    rebuilt, from the stored services)."""
    db = root / f"api-{n}" / "signpost.db"
    marker = db.with_suffix(".ready")
    gazetteer_path = REPO / "var" / "gazetteer.sqlite"
    ensure_gazetteer(gazetteer_path)
    gazetteer = Gazetteer(gazetteer_path)
    settings = Settings(db=db, var_dir=gazetteer_path.parent)
    timings: dict[str, float] = {}
    if marker.exists() and not rebuild:
        backend = make_backend(settings, gazetteer=gazetteer)
        if backend.health().ok:
            return db, timings
        t = time.perf_counter()
        with Store(db) as store:
            backend.rebuild(store.iter_merged())
        timings["index_s"] = round(time.perf_counter() - t, 1)
        return db, timings
    for stale in db.parent.glob("*") if db.parent.exists() else []:
        stale.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    services = synthetic_services(n, gazetteer)
    timings["generate_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    with Store(db) as store:
        store.replace_merged(services)
    timings["store_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    make_backend(settings, gazetteer=gazetteer).rebuild(services)
    timings["index_s"] = round(time.perf_counter() - t, 1)
    marker.write_text(str(n))
    return db, timings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(proc: subprocess.Popen[bytes], port: int, path: str) -> None:
    request = f"GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(request)
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not become healthy in 120 s")


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "SIGNPOST_RATE_LIMIT_PER_MINUTE": "0",
        "SIGNPOST_VAR_DIR": str(REPO / "var"),
    }
    cmd = [sys.executable, "-c", "from signpost.cli import main; main()", "serve",
           "--db", str(db), "--port", str(port), "--log-level", "warning",
           "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    wait_healthy(proc, port, "/api/health")
    asyncio.run(wait_for_catalogues(port, workers))
    return proc


async def wait_for_catalogues(port: int, workers: int) -> None:
    """Each server process builds its catalogue (every merged service, for listings) in the
    background when it starts: tens of seconds of CPU at 100k that would be charged to the
    first figures. A request that needs it waits for it, so ask on several connections."""

    async def ask() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /api/categories HTTP/1.1\r\nHost: bench\r\n\r\n")
        await asyncio.wait_for(_read_response(reader), timeout=300)
        writer.close()

    await asyncio.gather(*(ask() for _ in range(4 * workers)))


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def _worker(
    port: int,
    pick: Callable[[], str],
    stop_at: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop_at:
            request = f"GET {pick()} HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\n\r\n"
            started = time.perf_counter()
            writer.write(request.encode())
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def load(
    port: int,
    paths: list[str],
    duration: float,
    concurrency: int,
    *,
    unique: bool = False,
    pid: int | None = None,
) -> dict[str, Any]:
    """``unique``: every request (warm-up included) a path not asked before, in order;
    otherwise paths drawn at random, repeats and all. ``pid``: the server's, to report the
    CPU it used per request measured (warm-up excluded)."""
    rng = random.Random(len(paths))
    fresh = itertools.cycle(paths)  # (never cycles round at these rates: see "requests")
    pick: Callable[[], str] = (lambda: next(fresh)) if unique else (lambda: rng.choice(paths))
    # Warm-up: the first requests fill caches (gazetteer lookups, SQLite pages).
    warm: list[float] = []
    await asyncio.gather(
        *(_worker(port, pick, time.perf_counter() + 2, warm, []) for _ in range(concurrency))
    )
    latencies: list[float] = []
    errors: list[int] = []
    cpu = server_cpu_s(pid) if pid else 0.0
    started = time.perf_counter()
    stop_at = started + duration
    await asyncio.gather(
        *(_worker(port, pick, stop_at, latencies, errors) for _ in range(concurrency))
    )
    elapsed = time.perf_counter() - started
    figures = measured(latencies, errors, pid, cpu)
    return {
        "requests": len(latencies),
        "req_per_s": round(len(latencies) / elapsed, 1),
        **figures,
    }


def measured(
    latencies: list[float], errors: list[int], pid: int | None, cpu_before: float
) -> dict[str, Any]:
    """Errors, latency percentiles, and the server's CPU per answered request since
    ``cpu_before`` (with ``pid``): the figures both kinds of load report."""
    ordered = sorted(latencies) or [float("nan")]

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 2)

    out: dict[str, Any] = {
        "errors": len(errors),
        "error_statuses": sorted(set(errors)),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
    }
    if pid:
        cpu_ms = (server_cpu_s(pid) - cpu_before) * 1000 / max(len(latencies), 1)
        out["server_cpu_ms_per_request"] = round(cpu_ms, 2)
    return out


async def open_loop(
    port: int,
    paths: list[str],
    rate: float,
    duration: float,
    connections: int = 64,
    pid: int | None = None,
) -> dict[str, Any]:
    """Requests offered at a fixed ``rate`` whatever the server's pace (an open loop), each
    path asked once, in order. A request's latency runs from the moment it was due, so time
    spent waiting for a free connection — a server falling behind — counts (no coordinated
    omission, which a closed loop of ``concurrency`` clients has). A request not answered
    within 10 s of the end is an error. Reads the goal's row directly: the rate achieved,
    p95 and errors at 300 offered requests a second."""
    fresh = iter(paths)
    free: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    for _ in range(connections):
        free.put_nowait(await asyncio.open_connection("127.0.0.1", port))
    latencies: list[float] = []
    errors: list[int] = []

    async def one(due: float, path: str) -> None:
        reader, writer = await free.get()
        try:
            request = f"GET {path} HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\n\r\n"
            writer.write(request.encode())
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - due)
            if status != 200:
                errors.append(status)
            free.put_nowait((reader, writer))
        except (OSError, asyncio.IncompleteReadError):
            errors.append(0)
            writer.close()
            free.put_nowait(await asyncio.open_connection("127.0.0.1", port))

    tasks = []
    cpu = server_cpu_s(pid) if pid else 0.0
    started = time.perf_counter()
    for i in range(int(rate * duration)):
        due = started + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due, next(fresh))))
    _, pending = await asyncio.wait(tasks, timeout=10)
    for task in pending:
        task.cancel()
        errors.append(-1)
    elapsed = time.perf_counter() - started
    figures = measured(latencies, errors, pid, cpu)
    while not free.empty():
        free.get_nowait()[1].close()
    return {
        "offered_req_per_s": rate,
        "requests": len(tasks),
        "answered": len(latencies),
        "achieved_req_per_s": round(len(latencies) / elapsed, 1),
        **figures,
    }


def search_paths(rng: random.Random) -> list[str]:
    paths = []
    for _ in range(400):
        params: list[tuple[str, str]] = [("q", rng.choice(SEARCHES))]
        roll = rng.random()
        if roll < 0.4:
            params.append(("postcode", rng.choice(POSTCODES)))
        if roll < 0.15:
            params.append(("sort", "distance"))
        if rng.random() < 0.2:
            params.append(("page", str(rng.randint(2, 3))))
        if rng.random() < 0.1:
            params.append(("free", "true"))
        paths.append("/api/search?" + urlencode(params))
    return paths


def uncached_search_paths(rng: random.Random, n: int = 60_000) -> list[str]:
    """Every request different (a distinct, realistic radius of 3–15 km around a postcode):
    the server's result cache never answers, every request reaches the backend."""
    return [
        "/api/search?"
        + urlencode(
            {
                "q": rng.choice(SEARCHES),
                "postcode": rng.choice(POSTCODES),
                "radius_km": f"{rng.uniform(3, 15):.6f}",
            }
        )
        for _ in range(n)
    ]


def suggest_paths(rng: random.Random) -> list[str]:
    return [f"/api/suggest?{urlencode({'q': p, 'limit': 8})}" for p in PREFIXES]


BARE_SERVER = """
import sys, uvicorn
body = open(sys.argv[2], "rb").read()
headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""
"""The floor: uvicorn (same HTTP stack) answering every request with a fixed body — a real
search response — and no application at all."""


def start_bare_server(port: int, body_file: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", BARE_SERVER, str(port), str(body_file)]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
    wait_healthy(proc, port, "/")
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def sample_body(port: int, path: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data.split(b"\r\n\r\n", 1)[1]


def server_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by the server process and its children (the
    worker processes of ``--workers N``): per request, the figure a busy shared machine
    disturbs least."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def ratio(ours: dict[str, Any], floor: dict[str, Any]) -> dict[str, float]:
    return {
        "req_per_s_share_of_floor": round(ours["req_per_s"] / max(floor["req_per_s"], 0.1), 3),
        "p95_over_floor": round(ours["p95_ms"] / max(floor["p95_ms"], 0.01), 1),
    }


def run_server(
    db: Path, workers: int, args: argparse.Namespace, floor: dict[str, Any]
) -> dict[str, Any]:
    port = free_port()
    server = start_server(db, port, workers)
    rng = random.Random(11)
    try:
        results: dict[str, Any] = {"load_average_start": load_average()}
        mixes = {
            "search_uncached": uncached_search_paths(rng),
            "search": search_paths(rng),
            "search_hot": search_paths(rng)[:10],
            "suggest": suggest_paths(rng),
        }
        for name, paths in mixes.items():
            duration = args.duration / 2 if name == "search_hot" else args.duration
            unique = name == "search_uncached"
            results[name] = asyncio.run(
                load(port, paths, duration, args.concurrency, unique=unique, pid=server.pid)
            )
            results[name]["vs_floor"] = ratio(results[name], floor)
            results[name]["load_average"] = load_average()
        if args.open_rate > 0:  # the goal's row, read directly (after the warm-up above)
            name = f"search_uncached_open_{args.open_rate:g}"
            paths = uncached_search_paths(random.Random(17))
            results[name] = asyncio.run(
                open_loop(port, paths, args.open_rate, args.duration, pid=server.pid)
            )
            results[name]["load_average"] = load_average()
        return results
    finally:
        stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="merged services")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per endpoint")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--workers", default="1,2", help="server processes: one run per number (e.g. 1,2)"
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached data set")
    parser.add_argument(
        "--open-rate", type=float, default=300.0,
        help="offered req/s of the open-loop uncached row (0: skip it)",
    )  # fmt: skip
    parser.add_argument("--root", type=Path, default=REPO / "var" / "bench")
    args = parser.parse_args()

    db, timings = build(args.n, args.root, args.rebuild)
    figures: dict[str, Any] = {
        "bench": "api",
        "services": args.n,
        "backend": "embedded",
        "cpus": os.cpu_count(),
        "load_average_start": load_average(),
        "concurrency": args.concurrency,
        "duration_s": args.duration,
        "setup": timings,
    }
    # The floor first: uvicorn alone, answering with a real search response's bytes.
    port = free_port()
    server = start_server(db, port, 1)
    try:
        body = sample_body(port, uncached_search_paths(random.Random(3), 1)[0])
    finally:
        stop(server)
    body_file = db.parent / "floor-body.json"
    body_file.write_bytes(body)
    port = free_port()
    bare = start_bare_server(port, body_file)
    try:
        paths = uncached_search_paths(random.Random(5))
        floor = asyncio.run(load(port, paths, args.duration, args.concurrency))
    finally:
        stop(bare)
    floor["body_bytes"] = len(body)
    floor["load_average"] = load_average()
    figures["floor_bare_uvicorn"] = floor
    for workers in [int(w) for w in str(args.workers).split(",") if w.strip()]:
        figures[f"workers_{workers}"] = run_server(db, workers, args, floor)
    figures["goal"] = {
        "search_uncached_req_per_s": 300,
        "search_uncached_p95_ms": 50,
        "errors": 0,
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
