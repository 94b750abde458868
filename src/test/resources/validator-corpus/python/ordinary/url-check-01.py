# Checks a list of URLs in parallel and prints their status codes and response times.
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def check(url):
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except (urllib.error.URLError, TimeoutError) as e:
        status = f"error: {e}"
    return url, status, time.perf_counter() - start


urls = [line.strip() for line in open(sys.argv[1] if len(sys.argv) > 1 else "urls.txt") if line.strip()]
with ThreadPoolExecutor(max_workers=8) as pool:
    for url, status, secs in pool.map(check, urls):
        print(f"{str(status):<12} {secs:6.2f}s  {url}")
