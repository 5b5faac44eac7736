"""Consolidated facts: the same statistic, goal, partnership or event reported by several documents.

Every extracted record belongs to exactly one document; a reader wants one row per fact in the
world, with how many documents report it and which. Each ``facts_*`` view groups the records of
live documents (``documents.deleted_at IS NULL``) by a matching key, and keeps the figures that
documents disagree on next to each other instead of picking one:

- ``facts_patient_stats``: same ``count``, ``year``, ``population``, ``period_kind`` and period,
  set of ``origin_countries`` and receiving scope (``scope_level`` and ``scope_name``, below).
  Records equal in all but ``count`` describe the same scope: each such fact lists the other
  counts in ``other_counts`` and has ``conflict`` set.
- ``facts_targets``: goals with the same ``metric``, ``target_year``, actor scope and ``value``
  (other values for the same metric, year and actor are ``other_values``, with ``conflict``);
  markets with the same actor scope, set of ``market_countries`` and ``market_region``.
- ``facts_partnerships``: the same set of parties (case, order and a leading "the" ignored) and
  the same year of ``signed_date``. Several signing dates or partner counts set ``conflict``.
- ``facts_events``: the same ``start_date`` and place (city, else country; without a start date,
  also the same name). Several end dates or attendance figures set ``conflict``.

The scope of a patient count (who received the patients) and of a goal (who set it) is the
``scope_level`` stored with each record, classified at extraction from ``institution`` and
``actor`` by the document's language: ``national`` for Korea and national bodies (the name becomes
"Korea", so that "Korea" and "the Ministry of Health and Welfare" report the same national
figure), ``hospital`` for hospitals, clinics and medical centres, ``local`` for any other named
place or body (a city or province), ``unspecified`` where none is named.

Views rather than tables: they are recomputed at every query, so they never go stale.
"""


def _scope_name(name: str) -> str:
    """SQL naming the scope of the body in column ``name`` by its stored ``scope_level``: "Korea"
    for every national body, the name itself for the others."""
    return f"CASE scope_level WHEN 'national' THEN 'Korea' WHEN 'unspecified' THEN NULL ELSE trim({name}) END"


def _fact_id(*expressions: str) -> str:
    """SQL for a stable 16-hex-digit id of a matching key (NULL and empty stay distinct)."""
    parts = ", ".join(f"coalesce(CAST({e} AS VARCHAR), '∅')" for e in expressions)
    return f"left(md5(concat_ws('|', {parts})), 16)"


def _values(expression: str) -> str:
    """SQL for the sorted distinct non-null values of ``expression`` in a group, ``[]`` when none."""
    return (
        f"coalesce(list(DISTINCT {expression} ORDER BY {expression}) "
        f"FILTER (WHERE {expression} IS NOT NULL), [])"
    )


def _best(expression: str) -> str:
    """SQL for the value of ``expression`` from the most confident record of a group (ties: the most
    recently published, then the smallest record id, so that the choice never varies between runs)."""
    return (
        f"first({expression} ORDER BY confidence DESC, published_date DESC NULLS LAST, record_id) "
        f"FILTER (WHERE {expression} IS NOT NULL)"
    )


def _live(table: str) -> str:
    """The records of ``table`` from live documents, with their document's publication date."""
    return (
        f"SELECT r.*, d.published_date FROM {table} r "
        "JOIN documents d ON d.doc_id = r.doc_id WHERE d.deleted_at IS NULL"
    )


# Aggregates every facts view shares: provenance of the fact.
PROVENANCE = f"""
    count(DISTINCT doc_id) AS n_sources,
    list_sort(list_distinct(list(doc_id))) AS doc_ids,
    list_sort(list(record_id)) AS record_ids,
    min(published_date) AS first_published,
    max(published_date) AS last_published,
    max(confidence) AS confidence,
    {_best("evidence")} AS evidence
"""

PATIENT_SCOPE = (
    "population",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "origin_countries",
    "scope_level",
    "scope_key",
)

FACTS_PATIENT_STATS = f"""
    WITH live AS (
        SELECT * EXCLUDE (origin_countries),
               list_sort(list_distinct(origin_countries)) AS origin_countries,
               {_scope_name("institution")} AS scope_name,
               lower({_scope_name("institution")}) AS scope_key
        FROM ({_live("patient_stats")})
    ),
    facts AS (
        SELECT {_fact_id("'patient_stat'", *PATIENT_SCOPE, "count")} AS fact_id,
               count,
               {_values("qualifier")} AS qualifiers,
               year, period_kind, period_start, period_end, population, origin_countries,
               max(n_countries) AS n_countries,
               scope_level,
               {_best("scope_name")} AS scope_name,
               scope_key,
               {PROVENANCE}
        FROM live
        GROUP BY {", ".join(PATIENT_SCOPE)}, count
    )
    SELECT * EXCLUDE (scope_key, scope_counts),
           list_filter(scope_counts, lambda c: c <> count) AS other_counts,
           len(scope_counts) > 1 AS conflict
    FROM (SELECT *, list(count ORDER BY count) OVER (PARTITION BY {", ".join(PATIENT_SCOPE)}) AS scope_counts
          FROM facts)
    ORDER BY year NULLS LAST, population, scope_level, scope_name, origin_countries, count, fact_id
"""

TARGET_KEY = ("kind", "actor_level", "actor_key", "metric", "target_year", "market_countries", "market_key")

FACTS_TARGETS = f"""
    WITH live AS (
        SELECT * EXCLUDE (market_countries),
               list_sort(list_distinct(market_countries)) AS market_countries,
               scope_level AS actor_level,
               lower({_scope_name("actor")}) AS actor_key,
               lower(trim(market_region)) AS market_key
        FROM ({_live("targets")})
    ),
    facts AS (
        SELECT {_fact_id("'target'", *TARGET_KEY, "value")} AS fact_id,
               kind, actor_level,
               list_sort(list_distinct(list(actor))) AS actors,
               actor_key, metric, value,
               {_values("qualifier")} AS qualifiers,
               target_year,
               {_values("baseline_value")} AS baseline_values,
               max(baseline_year) AS baseline_year,
               market_countries,
               {_best("market_region")} AS market_region,
               market_key,
               {PROVENANCE}
        FROM live
        GROUP BY {", ".join(TARGET_KEY)}, value
    )
    SELECT * EXCLUDE (market_key, scope_values),
           list_filter(scope_values, lambda v: v <> value) AS other_values,
           len(scope_values) > 1 AS conflict
    FROM (SELECT *,
                 coalesce(list(value ORDER BY value) FILTER (WHERE value IS NOT NULL)
                     OVER (PARTITION BY {", ".join(TARGET_KEY)}), []) AS scope_values
          FROM facts)
    ORDER BY kind, target_year NULLS LAST, metric, actor_level, actors, market_countries, market_region, value, fact_id
"""

PARTY_KEY = (
    "list_sort(list_distinct(list_transform(parties, lambda p: regexp_replace(lower(trim(p)), '^the ', ''))))"
)

FACTS_PARTNERSHIPS = f"""
    WITH live AS (
        SELECT *, {PARTY_KEY} AS party_key, year(signed_date) AS signed_year
        FROM ({_live("partnerships")})
    )
    SELECT {_fact_id("'partnership'", "party_key", "signed_year")} AS fact_id,
           {_best("parties")} AS parties,
           {_best("kind")} AS kind,
           {_values("kind")} AS kinds,
           signed_year,
           {_values("signed_date")} AS signed_dates,
           {_values("partner_count")} AS partner_counts,
           list_sort(list_distinct(flatten(list(countries)))) AS countries,
           {_values("scope")} AS scopes,
           len(signed_dates) > 1 OR len(partner_counts) > 1 AS conflict,
           {PROVENANCE}
    FROM live
    GROUP BY party_key, signed_year
    ORDER BY coalesce(signed_year, year(first_published)), parties, fact_id
"""

EVENT_KEY = ("start_date", "place_key", "name_key")

FACTS_EVENTS = f"""
    WITH live AS (
        SELECT *,
               coalesce(lower(trim(city)), country) AS place_key,
               CASE WHEN start_date IS NULL THEN lower(trim(name)) END AS name_key
        FROM ({_live("events")})
    )
    SELECT {_fact_id("'event'", *EVENT_KEY)} AS fact_id,
           start_date,
           max(end_date) AS end_date,
           {_best("event_type")} AS event_type,
           {_values("event_type")} AS event_types,
           {_best("name")} AS name,
           {_best("venue")} AS venue,
           {_best("city")} AS city,
           {_best("region")} AS region,
           {_best("country")} AS country,
           list_sort(list_distinct(flatten(list(organizers)))) AS organizers,
           {_values("end_date")} AS end_dates,
           {_values("attendance")} AS attendances,
           len(end_dates) > 1 OR len(attendances) > 1 AS conflict,
           {PROVENANCE}
    FROM live
    GROUP BY {", ".join(EVENT_KEY)}
    ORDER BY start_date NULLS LAST, city, name, fact_id
"""

FACT_VIEWS: dict[str, str] = {
    "facts_patient_stats": FACTS_PATIENT_STATS,
    "facts_targets": FACTS_TARGETS,
    "facts_partnerships": FACTS_PARTNERSHIPS,
    "facts_events": FACTS_EVENTS,
}
