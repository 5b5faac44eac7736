"""Analysis views: ready-made answers to the common questions, built on the consolidated facts.

They read the ``facts_*`` views (``warehouse.facts``), so a figure reported by several documents
counts once, deleted documents never count, and disagreeing figures stay visible (``conflict``,
``other_counts``). ``VIEWS`` lists every view in creation order: a view follows those it reads.
"""

# Annotations stay strings: a DuckDB type held in the annotations of a function that outlives
# the interpreter's teardown is reported by DuckDB's bindings (nanobind) as a leak, at every exit.
from __future__ import annotations

import hashlib

import duckdb

from warehouse.facts import FACT_VIEWS

# What a yearly patient count describes: a national total, a breakdown by the patients' country
# (Korea-wide or with no receiver named), or the count of one city/province or hospital.
BREAKDOWN = """
    CASE WHEN scope_level = 'national' AND len(origin_countries) = 0 THEN 'national_total'
         WHEN scope_level IN ('national', 'unspecified') AND len(origin_countries) > 0 THEN 'by_origin'
         ELSE scope_level END
"""
BREAKDOWN_ORDER = (
    "list_position(['national_total', 'by_origin', 'local', 'hospital', 'unspecified'], breakdown)"
)

# A count for one calendar year (not a cumulative or multi-year figure).
YEARLY = "year IS NOT NULL AND period_kind NOT IN ('cumulative', 'range')"

PATIENT_VOLUME_BY_YEAR = f"""
    SELECT year, {BREAKDOWN} AS breakdown, population, scope_name, origin_countries, count, qualifiers,
           n_sources, other_counts, conflict, doc_ids, fact_id
    FROM facts_patient_stats
    WHERE {YEARLY}
    ORDER BY year, {BREAKDOWN_ORDER}, population, scope_name, origin_countries, count
"""

# For every year and population, the national figure reported by the most documents (then the
# most recently published) is ``preferred``; the others are kept, flagged as conflicting.
NATIONAL_PATIENT_TOTALS = f"""
    SELECT year, population, count, qualifiers, n_sources,
           row_number() OVER (PARTITION BY year, population
                              ORDER BY n_sources DESC, last_published DESC NULLS LAST, count DESC) = 1
               AS preferred,
           other_counts, conflict, doc_ids, fact_id
    FROM facts_patient_stats
    WHERE {YEARLY} AND scope_level = 'national' AND len(origin_countries) = 0
    ORDER BY year, population, preferred DESC
"""

PATIENT_VOLUME_BY_ORIGIN = f"""
    SELECT origin_countries[1] AS origin_country, year, {BREAKDOWN} AS breakdown, scope_name,
           population, count, qualifiers, n_sources, other_counts, conflict, doc_ids, fact_id
    FROM facts_patient_stats
    WHERE {YEARLY} AND len(origin_countries) = 1
    ORDER BY origin_country, year, {BREAKDOWN_ORDER}, scope_name, count
"""

# A goal's "actual" is a yearly patient count of the goal's metric (the labels coincide:
# foreign_patients, medical_tourists), of the same scope as the goal's actor, for every origin.
GOALS_PROGRESS = f"""
    WITH actuals AS (
        SELECT population AS metric, scope_level, lower(scope_name) AS scope_key, year, count,
               doc_ids,
               row_number() OVER (PARTITION BY population, scope_level, lower(scope_name)
                                  ORDER BY year DESC, n_sources DESC, last_published DESC NULLS LAST)
                   AS recency,
               row_number() OVER (PARTITION BY population, scope_level, lower(scope_name), year
                                  ORDER BY n_sources DESC, last_published DESC NULLS LAST) AS rank_in_year
        FROM facts_patient_stats
        WHERE {YEARLY} AND len(origin_countries) = 0
    ),
    goals AS (
        SELECT *, CASE actor_level WHEN 'national' THEN 'korea' ELSE lower(trim(actors[1])) END AS scope_key
        FROM facts_targets
        WHERE kind = 'goal'
    )
    SELECT g.metric, g.value AS goal, g.qualifiers, g.target_year, g.actor_level, g.actors,
           g.baseline_values, g.baseline_year,
           latest.year AS latest_actual_year, latest.count AS latest_actual,
           due.count AS actual_in_target_year,
           CASE WHEN due.count IS NOT NULL THEN due.count >= g.value END AS met,
           g.other_values, g.conflict, g.n_sources, g.doc_ids,
           coalesce(latest.doc_ids, []) AS actual_doc_ids, g.fact_id
    FROM goals g
    LEFT JOIN actuals latest
      ON latest.metric = g.metric AND latest.scope_level = g.actor_level
     AND latest.scope_key IS NOT DISTINCT FROM g.scope_key AND latest.recency = 1
    LEFT JOIN actuals due
      ON due.metric = g.metric AND due.scope_level = g.actor_level
     AND due.scope_key IS NOT DISTINCT FROM g.scope_key AND due.year = g.target_year AND due.rank_in_year = 1
    ORDER BY g.target_year NULLS LAST, g.metric, g.actor_level, g.value
"""

# One row per counterpart country (a party's country other than Korea; NULL when none is
# named), kind and year: the year signed, else the year the partnership was first reported.
PARTNERSHIPS_BY_COUNTRY = """
    WITH counterparts AS (
        SELECT *, unnest(CASE WHEN len(list_filter(countries, lambda c: c <> 'KR')) = 0 THEN [NULL]
                              ELSE list_filter(countries, lambda c: c <> 'KR') END) AS country,
               coalesce(signed_year, year(first_published)) AS year
        FROM facts_partnerships
    )
    SELECT country, kind, year, count(*) AS partnerships,
           list(array_to_string(parties, ' – ') ORDER BY parties) AS parties,
           sum(n_sources) AS reports, list(fact_id ORDER BY fact_id) AS fact_ids
    FROM counterparts
    GROUP BY country, kind, year
    ORDER BY country NULLS LAST, year NULLS LAST, kind
"""

EVENTS_CALENDAR = """
    SELECT start_date, end_date, strftime(start_date, '%Y-%m') AS month, event_type, event_types, name,
           venue, city, region, country, organizers, attendances, n_sources, conflict, end_dates,
           doc_ids, fact_id
    FROM facts_events
    ORDER BY start_date NULLS LAST, city, name
"""

# Where documents disagree: one row per disputed field of a fact (for patient counts and goals,
# per scope), listing every figure with the documents behind it.
FACT_CONFLICTS = """
    SELECT 'patient_stat' AS kind,
           concat_ws(' ', population, year, scope_level, scope_name,
                     CASE WHEN len(origin_countries) > 0
                          THEN 'from ' || array_to_string(origin_countries, ',') END) AS subject,
           'count' AS field,
           list(count::VARCHAR ORDER BY count) AS figures,
           list_sort(list_distinct(flatten(list(doc_ids)))) AS doc_ids
    FROM facts_patient_stats WHERE conflict
    GROUP BY population, year, period_kind, period_start, period_end, scope_level, scope_name, origin_countries
    UNION ALL
    SELECT 'target',
           concat_ws(' ', metric, 'by', target_year, actor_level,
                     array_to_string(list_sort(list_distinct(flatten(list(actors)))), '/')),
           'value', list(value::VARCHAR ORDER BY value), list_sort(list_distinct(flatten(list(doc_ids))))
    FROM facts_targets WHERE conflict
    GROUP BY metric, target_year, actor_level, actor_key
    UNION ALL
    SELECT 'partnership', array_to_string(parties, ' – '), 'signed_date',
           list_transform(signed_dates, lambda d: d::VARCHAR), doc_ids
    FROM facts_partnerships WHERE len(signed_dates) > 1
    UNION ALL
    SELECT 'partnership', array_to_string(parties, ' – '), 'partner_count',
           list_transform(partner_counts, lambda n: n::VARCHAR), doc_ids
    FROM facts_partnerships WHERE len(partner_counts) > 1
    UNION ALL
    SELECT 'event', concat_ws(' ', event_type, name, start_date, city), 'end_date',
           list_transform(end_dates, lambda d: d::VARCHAR), doc_ids
    FROM facts_events WHERE len(end_dates) > 1
    UNION ALL
    SELECT 'event', concat_ws(' ', event_type, name, start_date, city), 'attendance',
           list_transform(attendances, lambda n: n::VARCHAR), doc_ids
    FROM facts_events WHERE len(attendances) > 1
    ORDER BY kind, subject, field
"""

RECORDS_PER_DOCUMENT = """
    SELECT d.doc_id, d.source_uri, d.title, d.published_date,
           (SELECT count(*) FROM patient_stats r WHERE r.doc_id = d.doc_id) AS patient_stats,
           (SELECT count(*) FROM targets r WHERE r.doc_id = d.doc_id) AS targets,
           (SELECT count(*) FROM partnerships r WHERE r.doc_id = d.doc_id) AS partnerships,
           (SELECT count(*) FROM events r WHERE r.doc_id = d.doc_id) AS events
    FROM documents d
    WHERE d.deleted_at IS NULL
    ORDER BY d.source_uri
"""

VIEWS: dict[str, str] = {
    **FACT_VIEWS,
    "patient_volume_by_year": PATIENT_VOLUME_BY_YEAR,
    "national_patient_totals": NATIONAL_PATIENT_TOTALS,
    "patient_volume_by_origin": PATIENT_VOLUME_BY_ORIGIN,
    "goals_progress": GOALS_PROGRESS,
    "partnerships_by_country": PARTNERSHIPS_BY_COUNTRY,
    "events_calendar": EVENTS_CALENDAR,
    "fact_conflicts": FACT_CONFLICTS,
    "records_per_document": RECORDS_PER_DOCUMENT,
}


def install_views(con: duckdb.DuckDBPyConnection, *, temporary: bool = False) -> None:
    """(Re)create every view, only if the file's views are not current.

    Each stored view carries a hash of its definition as its comment. A read-only connection
    cannot change the file: when any stored view is missing or older than ``VIEWS``, it defines
    them all as temporary views, which shadow the stored ones for that connection. So a
    warehouse last written by an older medtour still answers with the current definitions, and a
    current one costs a single catalog query. That matters to writers too: an ingest opens the
    file once per batch, and recreating every view each time cost 0.1 s a batch (a minute per
    100,000 documents).
    """
    versions = {name: _version(sql) for name, sql in VIEWS.items()}
    stored = con.execute(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND NOT temporary"
    ).fetchall()
    if versions.items() <= dict(stored).items():
        return
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE {'TEMP VIEW' if temporary else 'VIEW'} {name} AS {sql}")
        if not temporary:
            con.execute(f"COMMENT ON VIEW {name} IS '{versions[name]}'")


def _version(sql: str) -> str:
    return "medtour view " + hashlib.sha256(sql.encode()).hexdigest()[:16]
