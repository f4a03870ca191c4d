#!/usr/bin/env python3
"""Validate a BagIt bag (RFC 8493) with nothing but the Python standard library.

Usage: bagit_validate.py BAG_DIR_OR_ZIP

A zip must hold the bag as its one top-level folder. Checks, independently of Steward's own code:
  - bagit.txt: exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: ENC" (2.1.1)
  - a data/ folder and at least one payload manifest manifest-ALG.txt (2.1.2, 2.1.3)
  - every payload manifest lists every payload file, nothing outside data/, no file twice, and
    every checksum matches (3: complete and valid)
  - every tag manifest tagmanifest-ALG.txt lists only existing tag files with matching checksums
    and no payload file (2.2.1)
  - bag-info.txt's Payload-Oxum, when present, equals the payload's octets and file count (2.2.2)
Prints "valid" and exits 0, or prints one line per problem and exits 1 (2 for a usage error).
"""

import hashlib
import os
import re
import sys
import tempfile
import zipfile

ALGORITHMS = {"md5", "sha1", "sha256", "sha512"}


def decode_path(raw):
    # 2.1.3: CR, LF and '%' are percent-encoded in manifest paths.
    return raw.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace(
        "%0a", "\n").replace("%25", "%")


def file_digest(path, algorithm):
    h = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(bag, name, problems):
    entries = {}
    with open(os.path.join(bag, name), "rb") as f:
        text = f.read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        match = re.match(r"^([0-9A-Fa-f]+)[ \t]+(.+)$", line)
        if not match:
            problems.append(f"{name}:{number}: not 'checksum path'")
            continue
        path = decode_path(match.group(2))
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            problems.append(f"{name}:{number}: unsafe path {path!r}")
            continue
        if path in entries:
            problems.append(f"{name}:{number}: {path} listed twice")
            continue
        entries[path] = match.group(1).lower()
    return entries


def all_files(root):
    found = set()
    for folder, _, files in os.walk(root):
        for f in files:
            found.add(os.path.relpath(os.path.join(folder, f), root).replace(os.sep, "/"))
    return found


def validate(bag):
    problems = []
    declaration = os.path.join(bag, "bagit.txt")
    if not os.path.isfile(declaration):
        return ["bagit.txt is missing"]
    with open(declaration, "rb") as f:
        lines = f.read().decode("utf-8").replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 2 or not re.match(r"^BagIt-Version: \d+\.\d+$", lines[0]) \
            or not re.match(r"^Tag-File-Character-Encoding: \S+$", lines[1]):
        problems.append("bagit.txt: not the two declaration lines")
    if not os.path.isdir(os.path.join(bag, "data")):
        problems.append("data/ is missing")
        return problems

    files = all_files(bag)
    payload = {f for f in files if f.startswith("data/")}
    top = sorted(os.listdir(bag))
    manifests = [n for n in top if re.match(r"^manifest-([a-z0-9]+)\.txt$", n)]
    tag_manifests = [n for n in top if re.match(r"^tagmanifest-([a-z0-9]+)\.txt$", n)]
    if not manifests:
        problems.append("no payload manifest (manifest-ALG.txt)")

    for name in manifests:
        algorithm = name[len("manifest-"):-len(".txt")]
        if algorithm not in ALGORITHMS:
            problems.append(f"{name}: unknown algorithm {algorithm}")
            continue
        entries = read_manifest(bag, name, problems)
        for path, digest in sorted(entries.items()):
            if not path.startswith("data/"):
                problems.append(f"{name}: {path} is not a payload file")
            elif path not in payload:
                problems.append(f"{path}: listed in {name} but missing")
            elif file_digest(os.path.join(bag, path), algorithm) != digest:
                problems.append(f"{path}: {algorithm} does not match {name}")
        for path in sorted(payload - set(entries)):
            problems.append(f"{path}: not listed in {name}")

    for name in tag_manifests:
        algorithm = name[len("tagmanifest-"):-len(".txt")]
        if algorithm not in ALGORITHMS:
            problems.append(f"{name}: unknown algorithm {algorithm}")
            continue
        for path, digest in sorted(read_manifest(bag, name, problems).items()):
            if path.startswith("data/"):
                problems.append(f"{name}: lists the payload file {path}")
            elif path not in files:
                problems.append(f"{path}: listed in {name} but missing")
            elif file_digest(os.path.join(bag, path), algorithm) != digest:
                problems.append(f"{path}: {algorithm} does not match {name}")

    info = os.path.join(bag, "bag-info.txt")
    if os.path.isfile(info):
        with open(info, "rb") as f:
            text = f.read().decode("utf-8")
        oxum = re.search(r"^Payload-Oxum:\s*(\d+)\.(\d+)\s*$", text, re.MULTILINE)
        if oxum:
            octets = sum(os.path.getsize(os.path.join(bag, p)) for p in payload)
            if (int(oxum.group(1)), int(oxum.group(2))) != (octets, len(payload)):
                problems.append(f"bag-info.txt: Payload-Oxum {oxum.group(1)}.{oxum.group(2)} "
                                f"but the payload is {octets}.{len(payload)}")
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    target = argv[1]
    if os.path.isdir(target):
        problems = validate(target)
    else:
        with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(target) as archive:
            names = archive.namelist()
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) != 1 or any("/" not in n for n in names):
                print("the zip does not hold exactly one top-level folder")
                return 1
            for n in names:
                if n.startswith("/") or ".." in n.split("/"):
                    print(f"unsafe path in the zip: {n}")
                    return 1
            archive.extractall(tmp)
            problems = validate(os.path.join(tmp, tops.pop()))
    for p in problems:
        print(p)
    if problems:
        return 1
    print("valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
