"""Everything DuckDB: schema, idempotent loading, run bookkeeping and analysis views."""

from warehouse.store import LoadedBatch, QueryResult, Warehouse, WarehouseError

__all__ = ["LoadedBatch", "QueryResult", "Warehouse", "WarehouseError"]
