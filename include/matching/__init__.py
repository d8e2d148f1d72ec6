"""Matching applicants to preceptors.

Pure functions (no DB, no Airflow): ``roster`` reads roster rows, ``policy`` holds the advisor's tables
(regions, metro areas, visa interview waits), ``rules`` judges a pair as an IMG placement advisor would
(eligible, conditional, fallback or ineligible, with reasons), ``score`` ranks offered pairs with an
explainable breakdown, ``pairwise`` is their vectorized twin over every pair at once, ``allocate`` hands out
the limited monthly seats (most applicants placed, then the best total score), and ``compute`` composes them
into what a run stores.

On the store: ``sync`` (roster → preceptors, with history), ``run`` (the nightly stage),
``overrides`` (ops pins and excludes), ``why`` (one pair explained on demand).
"""
