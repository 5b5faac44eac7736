"""Analysis views over the record tables: ready-made answers to common questions."""

VIEWS: dict[str, str] = {
    "patient_volume_by_year": """
        SELECT year, population, institution, count(*) AS mentions,
               max(count) AS max_count, list(DISTINCT doc_id) AS doc_ids
        FROM patient_stats
        WHERE year IS NOT NULL
        GROUP BY year, population, institution
        ORDER BY year, population, institution
    """,
    "records_per_document": """
        SELECT d.doc_id, d.source_uri, d.title, d.published_date,
               (SELECT count(*) FROM patient_stats r WHERE r.doc_id = d.doc_id) AS patient_stats,
               (SELECT count(*) FROM targets r WHERE r.doc_id = d.doc_id) AS targets,
               (SELECT count(*) FROM partnerships r WHERE r.doc_id = d.doc_id) AS partnerships,
               (SELECT count(*) FROM events r WHERE r.doc_id = d.doc_id) AS events
        FROM documents d
        WHERE d.deleted_at IS NULL
        ORDER BY d.source_uri
    """,
}
