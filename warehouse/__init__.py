"""Everything DuckDB: schema, idempotent loading, run bookkeeping and analysis views."""

from warehouse.loading import PendingLoad
from warehouse.store import QueryResult, Warehouse, WarehouseError

__all__ = ["PendingLoad", "QueryResult", "Warehouse", "WarehouseError"]
