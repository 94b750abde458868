package dev.mycel.policy;

import java.util.stream.Stream;

/** Ordinary python an assistant writes for everyday requests; none of it may be flagged. */
final class PythonScripts {

    private PythonScripts() {
    }

    static Stream<String> ordinary() {
        return Stream.of(
                """
                # summarise this CSV
                import csv
                import sys
                from collections import defaultdict

                path = sys.argv[1] if len(sys.argv) > 1 else "sales.csv"
                totals = defaultdict(float)
                count = 0
                with open(path, newline="") as f:
                    reader = csv.DictReader(f)
                    for row in reader:
                        totals[row["region"]] += float(row["amount"])
                        count += 1

                print(f"{count} rows")
                for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
                    print(f"{region:<15} {total:>12,.2f}")
                """,
                """
                # find the biggest files under a directory
                import os
                import sys

                root = sys.argv[1] if len(sys.argv) > 1 else "."
                sizes = []
                for dirpath, dirnames, filenames in os.walk(root):
                    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                    for name in filenames:
                        full = os.path.join(dirpath, name)
                        try:
                            sizes.append((os.path.getsize(full), full))
                        except OSError:
                            continue

                sizes.sort(reverse=True)
                for size, path in sizes[:20]:
                    print(f"{size / 1_048_576:8.1f} MB  {path}")
                """,
                """
                # count words in a text file
                import re
                import sys
                from collections import Counter

                with open(sys.argv[1], encoding="utf-8") as fh:
                    text = fh.read().lower()

                words = re.findall(r"[a-z']+", text)
                counter = Counter(words)
                print(f"Total words: {len(words)}")
                print(f"Unique words: {len(counter)}")
                for word, n in counter.most_common(10):
                    print(f"{word:>12}: {n}")
                """,
                """
                # convert JSON to CSV
                import csv
                import json

                with open("users.json") as f:
                    users = json.load(f)

                fields = sorted({key for user in users for key in user})
                with open("users.csv", "w", newline="") as out:
                    writer = csv.DictWriter(out, fieldnames=fields)
                    writer.writeheader()
                    for user in users:
                        writer.writerow({k: user.get(k, "") for k in fields})

                print(f"wrote {len(users)} rows to users.csv")
                """,
                """
                # list git branches with their last commit date
                import subprocess

                result = subprocess.run(
                    ["git", "for-each-ref", "--sort=-committerdate",
                     "--format=%(refname:short)|%(committerdate:relative)", "refs/heads/"],
                    capture_output=True, text=True, check=True)

                for line in result.stdout.splitlines():
                    name, when = line.split("|", 1)
                    print(f"{name:<30} {when}")

                current = subprocess.check_output(["git", "branch", "--show-current"], text=True).strip()
                print(f"current branch: {current}")
                """,
                """
                # disk usage report
                import shutil
                import subprocess

                total, used, free = shutil.disk_usage("/")
                print(f"Total: {total // 2**30} GiB")
                print(f"Used:  {used // 2**30} GiB")
                print(f"Free:  {free // 2**30} GiB")

                df = subprocess.run(["df", "-h"], capture_output=True, text=True)
                print(df.stdout)
                du = subprocess.run(["du", "-sh", "."], capture_output=True, text=True)
                print("this directory:", du.stdout.split()[0])
                """,
                """
                # print a directory tree
                from pathlib import Path

                def tree(directory: Path, prefix: str = "") -> None:
                    entries = sorted(p for p in directory.iterdir() if not p.name.startswith("."))
                    for i, entry in enumerate(entries):
                        last = i == len(entries) - 1
                        print(prefix + ("└── " if last else "├── ") + entry.name)
                        if entry.is_dir():
                            tree(entry, prefix + ("    " if last else "│   "))

                root = Path(".")
                print(root.resolve().name)
                tree(root)
                """,
                """
                # rename photos by their date
                import os
                from datetime import datetime

                folder = "photos"
                for name in sorted(os.listdir(folder)):
                    if not name.lower().endswith((".jpg", ".jpeg", ".png")):
                        continue
                    src = os.path.join(folder, name)
                    stamp = datetime.fromtimestamp(os.path.getmtime(src))
                    new_name = stamp.strftime("%Y-%m-%d_%H%M%S") + os.path.splitext(name)[1].lower()
                    dst = os.path.join(folder, new_name)
                    if not os.path.exists(dst):
                        os.rename(src, dst)
                        print(f"{name} -> {new_name}")
                """,
                """
                # parse an nginx access log and show the top IPs and status codes
                import re
                from collections import Counter

                pattern = re.compile(r'^(?P<ip>[0-9.]+) .* "(?P<method>[A-Z]+) (?P<path>[^ ]+) [^"]*" (?P<status>[0-9]{3})')
                ips = Counter()
                statuses = Counter()
                with open("access.log") as log:
                    for line in log:
                        m = pattern.match(line)
                        if not m:
                            continue
                        ips[m.group("ip")] += 1
                        statuses[m.group("status")] += 1

                print("Top clients:")
                for ip, n in ips.most_common(5):
                    print(f"  {ip:<16} {n}")
                print("Status codes:", dict(statuses))
                """,
                """
                # simple command line tool with argparse
                import argparse
                import math

                def main():
                    parser = argparse.ArgumentParser(description="Compute statistics of numbers")
                    parser.add_argument("numbers", nargs="+", type=float)
                    parser.add_argument("--precision", type=int, default=2)
                    args = parser.parse_args()
                    values = args.numbers
                    mean = sum(values) / len(values)
                    var = sum((x - mean) ** 2 for x in values) / len(values)
                    print(f"mean   = {mean:.{args.precision}f}")
                    print(f"stddev = {math.sqrt(var):.{args.precision}f}")
                    print(f"min    = {min(values)}  max = {max(values)}")

                if __name__ == "__main__":
                    main()
                """,
                """
                # days until a date, with weekdays
                from datetime import date, timedelta
                import sys

                target = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date(date.today().year, 12, 25)
                today = date.today()
                delta = (target - today).days
                weekdays = sum(1 for i in range(max(delta, 0)) if (today + timedelta(days=i)).weekday() < 5)
                print(f"{delta} days until {target.isoformat()} ({weekdays} working days)")
                print("That is a", target.strftime("%A"))
                """,
                """
                # fetch JSON from an API and print a summary
                import requests

                resp = requests.get("https://api.github.com/repos/python/cpython", timeout=10)
                resp.raise_for_status()
                repo = resp.json()
                print(f"{repo['full_name']}: {repo['description']}")
                print(f"stars: {repo['stargazers_count']:,}")
                print(f"forks: {repo['forks_count']:,}")
                print(f"open issues: {repo['open_issues_count']:,}")
                langs = requests.get(repo["languages_url"], timeout=10).json()
                total = sum(langs.values())
                for lang, size in sorted(langs.items(), key=lambda kv: -kv[1])[:5]:
                    print(f"  {lang:<12} {100 * size / total:5.1f}%")
                """,
                """
                # a small sqlite database of tasks
                import sqlite3

                conn = sqlite3.connect("tasks.db")
                cur = conn.cursor()
                cur.execute("CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT, done INTEGER)")
                cur.executemany("INSERT INTO tasks (title, done) VALUES (?, ?)",
                                [("write report", 0), ("email Bob", 1), ("book flights", 0)])
                conn.commit()
                for row in cur.execute("SELECT id, title, done FROM tasks ORDER BY id"):
                    mark = "x" if row[2] else " "
                    print(f"[{mark}] {row[0]}: {row[1]}")
                conn.close()
                """,
                """
                # find duplicate files by hash
                import hashlib
                import os
                from collections import defaultdict

                def digest(path, block=1 << 16):
                    h = hashlib.sha256()
                    with open(path, "rb") as f:
                        for chunk in iter(lambda: f.read(block), b""):
                            h.update(chunk)
                    return h.hexdigest()

                groups = defaultdict(list)
                for root, _, files in os.walk("."):
                    for name in files:
                        p = os.path.join(root, name)
                        groups[digest(p)].append(p)

                for h, paths in groups.items():
                    if len(paths) > 1:
                        print(h[:12], *paths, sep="\\n  ")
                """,
                """
                # make a markdown table from a CSV
                import csv
                import sys

                with open(sys.argv[1]) as f:
                    rows = list(csv.reader(f))

                header, body = rows[0], rows[1:]
                widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
                def line(cells):
                    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
                print(line(header))
                print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
                for r in body:
                    print(line(r))
                """,
                """
                # temporary work file, cleaned up afterwards
                import os
                import tempfile
                import json

                data = {"items": list(range(10))}
                fd, tmp_path = tempfile.mkstemp(suffix=".json")
                try:
                    with os.fdopen(fd, "w") as f:
                        json.dump(data, f)
                    with open(tmp_path) as f:
                        print(json.load(f)["items"][-1])
                finally:
                    os.remove(tmp_path)
                """,
                """
                # scratch directory for intermediate files
                import shutil
                import tempfile
                from pathlib import Path

                with tempfile.TemporaryDirectory() as scratch:
                    work = Path(scratch) / "chunks"
                    work.mkdir()
                    for i in range(3):
                        (work / f"part{i}.txt").write_text(f"chunk {i}\\n")
                    merged = "".join(p.read_text() for p in sorted(work.glob("*.txt")))
                    print(merged)
                    shutil.rmtree(work)
                """,
                """
                # count lines of python code in a project
                from pathlib import Path

                total = 0
                per_file = []
                for path in Path(".").rglob("*.py"):
                    if ".venv" in path.parts or "node_modules" in path.parts:
                        continue
                    n = sum(1 for line in path.read_text(errors="ignore").splitlines() if line.strip())
                    per_file.append((n, str(path)))
                    total += n

                for n, name in sorted(per_file, reverse=True)[:10]:
                    print(f"{n:6d}  {name}")
                print(f"{total} non-blank lines in {len(per_file)} files")
                """,
                """
                # pretty-print and validate a JSON file
                import json
                import sys

                path = sys.argv[1]
                try:
                    with open(path) as f:
                        doc = json.load(f)
                except json.JSONDecodeError as e:
                    print(f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
                    sys.exit(1)

                print(json.dumps(doc, indent=2, sort_keys=True))
                if isinstance(doc, dict):
                    print("top-level keys:", ", ".join(doc))
                """,
                """
                # safe calculator for simple expressions
                import ast
                import operator

                OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
                       ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg}

                def evaluate(node):
                    if isinstance(node, ast.Constant):
                        return node.value
                    if isinstance(node, ast.BinOp):
                        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
                    if isinstance(node, ast.UnaryOp):
                        return OPS[type(node.op)](evaluate(node.operand))
                    raise ValueError("unsupported expression")

                expr = input("expression: ")
                print(evaluate(ast.parse(expr, mode="eval").body))
                print(ast.literal_eval("[1, 2, 3]"))
                """,
                """
                # dataclasses and sorting
                from dataclasses import dataclass, field
                from typing import List

                @dataclass(order=True)
                class Employee:
                    salary: float
                    name: str = field(compare=False)
                    skills: List[str] = field(default_factory=list, compare=False)

                    def __repr__(self):
                        return f"{self.__class__.__name__}({self.name!r}, {self.salary})"

                staff = [Employee(72000, "Ann", ["sql"]), Employee(65000, "Raj"), Employee(91000, "Li", ["go", "k8s"])]
                for e in sorted(staff, reverse=True):
                    print(e, ", ".join(e.skills) or "-")
                print("payroll:", sum(e.salary for e in staff))
                """,
                """
                # show environment information
                import os
                import platform
                import sys

                print("Python", sys.version.split()[0], "on", platform.system(), platform.release())
                print("Home:", os.environ.get("HOME", "?"))
                print("Shell:", os.environ.get("SHELL", "?"))
                print("Working directory:", os.getcwd())
                path_entries = os.environ.get("PATH", "").split(os.pathsep)
                print(f"{len(path_entries)} PATH entries:")
                for p in path_entries:
                    print("  ", p, "(missing)" if not os.path.isdir(p) else "")
                """,
                """
                # back up the config files of this project
                import shutil
                from datetime import datetime
                from pathlib import Path

                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = Path("backups") / stamp
                backup.mkdir(parents=True, exist_ok=True)
                for name in ["config.yaml", "settings.json", ".env.example"]:
                    src = Path(name)
                    if src.exists():
                        shutil.copy2(src, backup / src.name)
                        print("copied", name)
                archive = shutil.make_archive(str(backup), "zip", backup)
                print("archive:", archive)
                """,
                """
                # merge several CSV files with the same header
                import csv
                import glob

                files = sorted(glob.glob("data/*.csv"))
                with open("merged.csv", "w", newline="") as out:
                    writer = None
                    for name in files:
                        with open(name, newline="") as f:
                            reader = csv.DictReader(f)
                            if writer is None:
                                writer = csv.DictWriter(out, fieldnames=reader.fieldnames + ["source"])
                                writer.writeheader()
                            for row in reader:
                                row["source"] = name
                                writer.writerow(row)
                print(f"merged {len(files)} files")
                """,
                """
                # threads downloading pages concurrently
                import concurrent.futures
                import urllib.request

                URLS = ["https://www.python.org", "https://docs.python.org/3/", "https://pypi.org"]

                def fetch(url):
                    with urllib.request.urlopen(url, timeout=10) as resp:
                        return url, len(resp.read())

                with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
                    for url, size in pool.map(fetch, URLS):
                        print(f"{url:<35} {size:>8} bytes")
                """,
                """
                # asyncio with a semaphore
                import asyncio
                import random

                async def worker(name, sem, results):
                    async with sem:
                        delay = random.uniform(0.1, 0.5)
                        await asyncio.sleep(delay)
                        results[name] = round(delay, 3)

                async def main():
                    sem = asyncio.Semaphore(3)
                    results = {}
                    await asyncio.gather(*(worker(f"job{i}", sem, results) for i in range(8)))
                    for k in sorted(results):
                        print(k, results[k])

                asyncio.run(main())
                """,
                """
                # logging to a file in the project
                import logging
                import time

                logging.basicConfig(filename="app.log", level=logging.INFO,
                                    format="%(asctime)s %(levelname)s %(message)s")
                log = logging.getLogger("batch")

                def process(items):
                    for i, item in enumerate(items):
                        log.info("processing %s (%d/%d)", item, i + 1, len(items))
                        time.sleep(0.01)
                    log.info("done")

                process(["a", "b", "c"])
                print(open("app.log").read().splitlines()[-1])
                """,
                """
                # word frequency per file with pathlib and a regex
                import re
                from pathlib import Path

                WORD = re.compile(r"[A-Za-z]+")
                report = []
                for path in sorted(Path("docs").glob("**/*.md")):
                    words = WORD.findall(path.read_text(encoding="utf-8"))
                    report.append((path.name, len(words)))

                width = max((len(n) for n, _ in report), default=10)
                for name, n in report:
                    print(f"{name:<{width}}  {n:6d}")
                Path("wordcount.txt").write_text("\\n".join(f"{n} {c}" for n, c in report))
                """,
                """
                # read a config with getattr defaults
                import configparser
                import types

                parser = configparser.ConfigParser()
                parser.read("app.ini")
                section = parser["server"] if parser.has_section("server") else {}
                settings = types.SimpleNamespace(host=section.get("host", "127.0.0.1"), port=int(section.get("port", 8000)))
                debug = getattr(settings, "debug", False)
                timeout = getattr(settings, "timeout", 30)
                print(f"serving on {settings.host}:{settings.port} debug={debug} timeout={timeout}")
                handlers = {"start": lambda: print("starting"), "stop": lambda: print("stopping")}
                action = input("action: ").strip()
                handlers.get(action, lambda: print("unknown action"))()
                """,
                """
                # git status summary with a literal shell command
                import subprocess

                out = subprocess.run("git status --porcelain", shell=True, capture_output=True, text=True).stdout
                changed = [line[3:] for line in out.splitlines() if line]
                print(f"{len(changed)} changed files")
                for name in changed:
                    print("  ", name)
                log = subprocess.check_output(["git", "log", "--oneline", "-5"], text=True)
                print(log)
                """,
                """
                # run a few harmless commands and time them
                import subprocess
                import time

                commands = [["ls", "-la"], ["uname", "-a"], ["wc", "-l", "README.md"], ["grep", "-c", "def", "main.py"]]
                for cmd in commands:
                    start = time.perf_counter()
                    proc = subprocess.run(cmd, capture_output=True, text=True)
                    elapsed = (time.perf_counter() - start) * 1000
                    print(f"$ {' '.join(cmd)}  ({elapsed:.1f} ms, exit {proc.returncode})")
                    print(proc.stdout[:200])
                """,
                """
                # wrapper around a few git commands
                import subprocess

                def git(*args):
                    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()

                def sh(cmd):
                    return subprocess.check_output(cmd, shell=True, text=True).strip()

                print("branch:", git("rev-parse", "--abbrev-ref", "HEAD"))
                print("last commit:", git("log", "-1", "--pretty=%s"))
                print("tags:", sh("git tag --list | wc -l"))
                print("files:", sh("git ls-files | wc -l"))
                """,
                """
                # resize images with Pillow
                from pathlib import Path
                from PIL import Image

                src = Path("images")
                dst = Path("thumbnails")
                dst.mkdir(exist_ok=True)
                for path in src.glob("*.jpg"):
                    with Image.open(path) as img:
                        img.thumbnail((256, 256))
                        target = dst / path.name
                        img.save(target, quality=85)
                        print(f"{path.name}: {img.size[0]}x{img.size[1]}")
                """,
                """
                # a small class with computed keys in a dict
                from collections import Counter

                class Inventory:
                    def __init__(self):
                        self.stock = {}

                    def add(self, item, qty=1):
                        key = item.strip().lower()
                        self.stock[key] = self.stock.get(key, 0) + qty

                    def remove(self, item, qty=1):
                        key = item.strip().lower()
                        self.stock[key] = max(0, self.stock.get(key, 0) - qty)

                inv = Inventory()
                for name in ["Apple", "pear", "apple ", "Plum"]:
                    inv.add(name)
                inv.remove("pear")
                print(Counter(inv.stock).most_common())
                """,
                """
                # plot monthly totals with matplotlib
                import csv
                from collections import OrderedDict
                import matplotlib
                matplotlib.use("Agg")
                import matplotlib.pyplot as plt

                totals = OrderedDict()
                with open("expenses.csv") as f:
                    for row in csv.DictReader(f):
                        month = row["date"][:7]
                        totals[month] = totals.get(month, 0) + float(row["amount"])

                plt.figure(figsize=(8, 4))
                plt.bar(list(totals), list(totals.values()))
                plt.xticks(rotation=45)
                plt.tight_layout()
                plt.savefig("monthly.png")
                print("saved monthly.png")
                """,
                """
                # write a report into the temp directory
                import os
                import tempfile
                from datetime import datetime

                lines = [f"report generated {datetime.now():%Y-%m-%d %H:%M}"]
                for name in sorted(os.listdir(".")):
                    if os.path.isfile(name):
                        lines.append(f"{name}\\t{os.path.getsize(name)}")
                out = os.path.join(tempfile.gettempdir(), "dir-report.txt")
                with open(out, "w") as f:
                    f.write("\\n".join(lines))
                print("written to", out)
                with open("/tmp/last-report-path", "w") as f:
                    f.write(out)
                """,
                """
                # zip the source files of a project
                import zipfile
                from pathlib import Path

                root = Path(".")
                with zipfile.ZipFile("source.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                    for path in root.rglob("*"):
                        if path.is_file() and path.suffix in {".py", ".md", ".toml"} and ".git" not in path.parts:
                            zf.write(path, path.relative_to(root))
                with zipfile.ZipFile("source.zip") as zf:
                    print(len(zf.namelist()), "files archived")
                """,
                """
                # list files in the user's Documents folder
                import os
                from datetime import datetime

                docs = os.path.expanduser("~/Documents")
                entries = []
                for name in os.listdir(docs):
                    full = os.path.join(docs, name)
                    st = os.stat(full)
                    entries.append((st.st_mtime, name, st.st_size))
                for mtime, name, size in sorted(entries, reverse=True)[:15]:
                    print(f"{datetime.fromtimestamp(mtime):%Y-%m-%d}  {size:>10}  {name}")
                """,
                """
                # cache results with pickle between runs
                import os
                import pickle
                import time

                CACHE = "results.pkl"

                def slow_square(n):
                    time.sleep(0.01)
                    return n * n

                if os.path.exists(CACHE):
                    with open(CACHE, "rb") as f:
                        results = pickle.load(f)
                else:
                    results = {n: slow_square(n) for n in range(20)}
                    with open(CACHE, "wb") as f:
                        pickle.dump(results, f)
                print(sum(results.values()))
                """,
                """
                # check which ports are open on localhost
                import socket

                def is_open(port, host="127.0.0.1", timeout=0.3):
                    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                        s.settimeout(timeout)
                        return s.connect_ex((host, port)) == 0

                for port in [22, 80, 443, 5432, 6379, 8000, 8080]:
                    state = "open" if is_open(port) else "closed"
                    print(f"{port:>5}  {state}")
                """,
                """
                # regular expressions: extract emails and phone numbers
                import re

                text = open("contacts.txt", encoding="utf-8").read()
                emails = sorted(set(re.findall(r"[\\w.+-]+@[\\w-]+\\.[\\w.]+", text)))
                phones = re.findall(r"\\+?\\d[\\d\\s().-]{7,}\\d", text)
                pattern = re.compile(r"(?P<user>[\\w.]+)@(?P<domain>[\\w.]+)")
                domains = {pattern.match(e).group("domain") for e in emails if pattern.match(e)}
                print(f"{len(emails)} emails, {len(phones)} phone numbers")
                print("domains:", ", ".join(sorted(domains)))
                """,
                """
                # convert all markdown files to html
                import html
                from pathlib import Path

                def to_html(md: str) -> str:
                    out = []
                    for line in md.splitlines():
                        if line.startswith("# "):
                            out.append(f"<h1>{html.escape(line[2:])}</h1>")
                        elif line.startswith("- "):
                            out.append(f"<li>{html.escape(line[2:])}</li>")
                        elif line.strip():
                            out.append(f"<p>{html.escape(line)}</p>")
                    return "\\n".join(out)

                for md in Path("notes").glob("*.md"):
                    target = md.with_suffix(".html")
                    target.write_text(to_html(md.read_text()))
                    print("converted", md.name)
                """,
                """
                # group files by extension using a dispatch table
                import os
                from collections import defaultdict

                def describe_image(name): return f"image {name}"
                def describe_text(name): return f"text {name}"

                handlers = {".png": describe_image, ".jpg": describe_image, ".txt": describe_text, ".md": describe_text}
                by_ext = defaultdict(list)
                for name in os.listdir("."):
                    ext = os.path.splitext(name)[1].lower()
                    by_ext[ext].append(name)
                    handler = handlers.get(ext)
                    if handler:
                        print(handler(name))
                for ext, names in sorted(by_ext.items()):
                    print(ext or "(none)", len(names))
                """,
                """
                # remove __pycache__ folders this build created, inside the project
                import shutil
                import tempfile
                from pathlib import Path

                build = Path(tempfile.mkdtemp(prefix="build-"))
                (build / "out.txt").write_text("artifact")
                print("built in", build)
                shutil.rmtree(build)
                for cache in Path("/tmp").glob("pytest-of-*"):
                    print("found", cache)
                """);
    }
}
