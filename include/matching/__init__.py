"""Matching applicants to preceptors, as pure functions (no DB, no Airflow).

``roster`` reads the preceptor roster rows, ``rules`` decides eligibility with a reason per failed rule,
``score`` ranks eligible pairs with an explainable breakdown, ``allocate`` hands out the limited monthly
seats so the total score is maximal. The stage that reads and writes the store composes these.
"""
