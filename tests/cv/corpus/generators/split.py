"""Split the blind corpus ~50/50 into dev and test, stratified by writer x layout (deterministic)."""
import json, random, shutil, sys
from pathlib import Path
from collections import defaultdict

root = Path("/work/corpus")
dev_dir, test_dir = Path(sys.argv[1]), Path(sys.argv[2])
rng = random.Random(20261203)
groups = defaultdict(list)
for w in sorted(["w1", "w2", "w3"]):
    for line in open(root / w / "truth.jsonl", encoding="utf-8"):
        row = json.loads(line)
        groups[(w, row.get("layout"))].append((w, row))
split = {"dev": [], "test": []}
for key in sorted(groups, key=str):
    rows = groups[key][:]
    rng.shuffle(rows)
    half = len(rows) // 2 + (len(rows) % 2 if rng.random() < 0.5 else 0)
    split["dev"] += rows[:half]
    split["test"] += rows[half:]
for name, out in (("dev", dev_dir), ("test", test_dir)):
    (out / "files").mkdir(parents=True, exist_ok=True)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for w, row in sorted(split[name], key=lambda r: r[1]["file"]):
            shutil.copy2(root / w / "files" / row["file"], out / "files" / row["file"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(name, len(split[name]), {f"{k[0]}/{k[1]}": sum(1 for w, r in split[name] if (w, r.get('layout')) == k) for k in sorted(groups, key=str)})
