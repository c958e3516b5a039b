"""Imported by the parse pool's server process (`pipelines.run.parallel`), never by a run.

A forkserver preloads modules by name, so this module's import is its work: jieba's model is read
from the user's cache folder once, in the server, and every worker forked from it starts with the
model in memory (its segmenter then copies it, as it would copy the one it read) instead of reading
the 9 MB file itself, about 0.3 s of each worker's start. Without a cached copy nothing happens here
and each worker loads or builds its own as before.
"""

from __future__ import annotations

from pipelines.run.segmenting import preload_user_cache

preload_user_cache()
