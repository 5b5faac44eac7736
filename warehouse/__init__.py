"""Everything DuckDB: schema, idempotent loading, run bookkeeping and analysis views."""

from warehouse.store import IngestError, LoadedBatch, QueryResult, Warehouse, WarehouseError

__all__ = ["IngestError", "LoadedBatch", "QueryResult", "Warehouse", "WarehouseError"]
