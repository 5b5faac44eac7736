#!/usr/bin/env python3
"""The real-page development corpora: add pages, restore their texts, check them.

The texts of real pages are never committed: each language folder (`corpora/en`, `corpora/ko`)
keeps `manifest.jsonl` (one page a line: id, url, query, sha256 and length of the text, site,
split) and `gold/` (our own annotation, by the record contract), and the texts live in the
git-ignored `pages/` beside them, one `<id>.txt` a page. A text is the page as a look-up in a store of public
web pages returns it (its `excerpt`). Its `sha256` is taken with non-breaking spaces read as
spaces and zero-width characters left out: pages were copied by hand, where those do not survive,
and a restore must still recognise them.

    python corpora/restore.py add LANG RESULTS.json URL [URL ...]   # take pages from a saved search answer
    python corpora/restore.py add-text LANG URL QUERY FILE           # the same, from one excerpt saved as text
    python corpora/restore.py plan LANG                              # the look-ups that restore missing pages
    python corpora/restore.py import LANG RESULTS.json [...]         # restore pages from saved search answers
    python corpora/restore.py check [LANG ...]                       # every page present and unchanged
    python corpora/restore.py hidden URL                             # exit 1 if the URL is kept out of development
    python corpora/restore.py stage LANG SPLIT DIR [BATCH|FIRST-LAST] # DIR/pages (links) and DIR/gold.jsonl of a split

Gold is kept a page a file, `gold/<id>.jsonl`, in the format of the shared development gold
(`doc` is the page id); `stage` joins the files of one split (dev, test or all) for scoring:

    python corpora/restore.py stage en dev /tmp/en-dev
    medtour ingest /tmp/en-dev/pages -w /tmp/en-dev.duckdb
    medtour evaluate /tmp/en-dev/gold.jsonl -w /tmp/en-dev.duckdb

RESULTS.json is one answer of that look-up, saved as it came (`{"query": ..., "results":
[{"url": ..., "excerpt": ...}, ...]}`). The split is fixed by the URL's hash when a page is added
(about 30 % test), before anyone reads the page to tune on it. Each page also keeps the
collection round it came in (`batch`): a new batch scored before any rule is tuned on it
measures how well the rules carry to writing they have never seen.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
HIDDEN = HERE.parent.parent / "shared" / "eval" / "hidden-urls.sha256"
TEST_SHARE = 3  # tenths of the pages that go to the test split
BATCH = 16  # the collection round new pages belong to; raise it when a new round of collecting starts


_INVISIBLE = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None}
)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(text: str) -> str:
    """The page text's hash, blind to the invisible characters a hand copy loses."""
    return sha256(text.translate(_INVISIBLE))


def hidden_hashes() -> set[str]:
    if not HIDDEN.exists():
        sys.exit(f"cannot check hidden pages: {HIDDEN} is missing")
    return {line.strip() for line in HIDDEN.read_text().splitlines() if line.strip()}


def is_hidden(url: str) -> bool:
    return sha256(url) in hidden_hashes()


def split_of(url: str) -> str:
    return "test" if int(sha256(url)[:8], 16) % 10 < TEST_SHARE else "dev"


def page_id(url: str) -> str:
    host = urlsplit(url).hostname or "page"
    site = re.sub(r"^(www|m|mobile|english|en|news)\.", "", host).split(".")[0]
    return f"{re.sub(r'[^a-z0-9]+', '-', site.lower()).strip('-')}-{sha256(url)[:8]}"


def manifest_path(lang: str) -> Path:
    return HERE / lang / "manifest.jsonl"


def read_manifest(lang: str) -> list[dict]:
    path = manifest_path(lang)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pages_dir(lang: str) -> Path:
    return HERE / lang / "pages"


def read_results(path: str) -> tuple[str, list[dict]]:
    answer = json.loads(Path(path).read_text(encoding="utf-8"))
    return answer.get("query", ""), answer.get("results", [])


def write_page(lang: str, entry: dict, text: str) -> None:
    pages_dir(lang).mkdir(parents=True, exist_ok=True)
    (pages_dir(lang) / f"{entry['id']}.txt").write_text(text, encoding="utf-8", newline="")


def add(lang: str, results_path: str, urls: list[str]) -> None:
    manifest_path(lang).parent.mkdir(parents=True, exist_ok=True)
    with open(HERE / lang / ".manifest.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # several people may add pages at once
        add_locked(lang, results_path, urls)


def add_locked(lang: str, results_path: str, urls: list[str]) -> None:
    query, results = read_results(results_path)
    take(lang, query, {r["url"]: r["excerpt"] for r in results}, urls)


def take(lang: str, query: str, by_url: dict[str, str], urls: list[str]) -> None:
    entries = read_manifest(lang)
    known = {e["url"] for e in entries}
    for url in urls:
        if url not in by_url:
            sys.exit(f"{url} is not among the results given")
        if is_hidden(url):
            print(f"skipped (kept out of development): {url}")
            continue
        if url in known:
            print(f"already in the manifest: {url}")
            continue
        text = by_url[url]
        entry = {
            "id": page_id(url),
            "url": url,
            "query": query,
            "sha256": fingerprint(text),
            "length": len(text),
            "site": urlsplit(url).hostname,
            "split": split_of(url),
            "batch": BATCH,
        }
        write_page(lang, entry, text)
        entries.append(entry)
        known.add(url)
        print(f"added {entry['id']} ({entry['split']}): {url}")
    manifest_path(lang).write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8"
    )


def missing(lang: str) -> list[dict]:
    out = []
    for entry in read_manifest(lang):
        page = pages_dir(lang) / f"{entry['id']}.txt"
        if not page.exists() or fingerprint(page.read_text(encoding="utf-8")) != entry["sha256"]:
            out.append(entry)
    return out


def plan(lang: str) -> None:
    todo = missing(lang)
    for query in dict.fromkeys(e["query"] for e in todo):
        print(json.dumps({"corpus": "pages", "query": query}, ensure_ascii=False))
    print(
        f"{len(todo)} page(s) missing; save each answer as JSON and run: restore.py import {lang} FILE...",
        file=sys.stderr,
    )


def import_answers(lang: str, paths: list[str]) -> None:
    wanted = {e["url"]: e for e in missing(lang)}
    changed: set[str] = set()
    for path in paths:
        for result in read_results(path)[1]:
            entry = wanted.get(result["url"])
            if entry is None:
                continue
            # One url can come back as two stored crawls; only the one annotated restores.
            if fingerprint(result["excerpt"]) != entry["sha256"]:
                changed.add(result["url"])
                continue
            write_page(lang, entry, result["excerpt"])
            del wanted[result["url"]]
    for url in sorted(changed & wanted.keys()):
        print(f"changed since it was annotated, not restored: {url}")
    print(f"{len(wanted)} page(s) still missing")


def check(langs: list[str]) -> int:
    bad = 0
    for lang in langs:
        entries = read_manifest(lang)
        lost = missing(lang)
        hidden = [e for e in entries if is_hidden(e["url"])]
        bad += len(lost) + len(hidden)
        splits = {s: sum(e["split"] == s for e in entries) for s in ("dev", "test")}
        sites = len({e["site"] for e in entries})
        print(
            f"{lang}: {len(entries)} pages from {sites} sites ({splits['dev']} dev, {splits['test']} test), "
            f"{len(lost)} missing or changed, {len(hidden)} hidden"
        )
    return 1 if bad else 0


def stage(lang: str, split: str, dest: str, batches: range | None = None) -> None:
    """Link the pages of a split (of some batches only) into ``dest/pages`` and gather their gold
    into ``dest/gold.jsonl``. Choose the batches while a new batch is being collected: its dev
    pages join "dev" as soon as they are added, before anyone may tune on them."""
    out = Path(dest)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    chosen = [
        e
        for e in read_manifest(lang)
        if split in ("all", e["split"]) and (batches is None or e["batch"] in batches)
    ]
    gold = []
    for entry in chosen:
        link = out / "pages" / f"{entry['id']}.txt"
        if not link.exists():
            link.symlink_to(pages_dir(lang) / f"{entry['id']}.txt")
        gold_file = HERE / lang / "gold" / f"{entry['id']}.jsonl"
        if gold_file.exists():
            gold.append(gold_file.read_text(encoding="utf-8").strip())
    (out / "gold.jsonl").write_text("\n".join(g for g in gold if g) + "\n", encoding="utf-8")
    print(f"{len(chosen)} pages, {len(gold)} with gold, in {out}")


def batch_range(text: str) -> range:
    """ "8" is batch 8 alone, "1-8" batches 1 to 8."""
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    verb, args = argv[0], argv[1:]
    if verb == "add" and len(args) >= 3:
        add(args[0], args[1], args[2:])
    elif verb == "add-text" and len(args) == 4:
        lang, url, query, path = args
        answer = {
            "query": query,
            "results": [{"url": url, "excerpt": Path(path).read_text(encoding="utf-8")}],
        }
        Path(path).with_suffix(".json").write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
        add(lang, str(Path(path).with_suffix(".json")), [url])
    elif verb == "plan" and len(args) == 1:
        plan(args[0])
    elif verb == "import" and len(args) >= 2:
        import_answers(args[0], args[1:])
    elif verb == "check":
        return check(args or sorted(p.parent.name for p in HERE.glob("*/manifest.jsonl")))
    elif verb == "stage" and len(args) in (3, 4):
        stage(*args[:3], batches=batch_range(args[3]) if len(args) == 4 else None)
    elif verb == "hidden" and len(args) == 1:
        return 1 if is_hidden(args[0]) else 0
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
