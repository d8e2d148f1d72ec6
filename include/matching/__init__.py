"""Matching applicants to preceptors.

Pure functions (no DB, no Airflow): ``roster`` reads roster rows, ``rules`` decides eligibility with a
reason per failed rule, ``score`` ranks eligible pairs with an explainable breakdown, ``pairwise`` is
their vectorized twin over every pair at once, ``allocate`` hands out the limited monthly seats so the
total score is maximal, and ``compute`` composes them into what a run stores.

On the store: ``sync`` (roster → preceptors, with history), ``run`` (the nightly stage),
``overrides`` (ops pins and excludes), ``why`` (one pair explained on demand).
"""
