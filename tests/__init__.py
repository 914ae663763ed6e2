"""The machinery that proves the site (see README.md)."""

import os

# Imported before any test module, so before torch loads OpenMP: with pytest-xdist each worker
# runs torch on every core, and OpenMP's default spin-waiting made two workers on two cores
# about twice as slow as one (docs/ in-process: 50 s vs 24 s). Sleeping instead of spinning
# changes only the scheduling, never a result.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
