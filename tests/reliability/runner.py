"""One pipeline run as its own process, for tests that kill it or run two at once:
python runner.py SEEDS WAREHOUSE BATCH_ID"""

import sys
from pathlib import Path

from pipeline.batch import run_batch
from pipeline.settings import Settings

if __name__ == "__main__":
    seeds, warehouse, batch_id = sys.argv[1:4]
    run_batch(Settings(Path(seeds), Path(warehouse), workers=2), batch_id)
