"""The HTML report: charts of the main views and an evidence browser over every document."""

from warehouse.report.render import render_report, write_report

__all__ = ["render_report", "write_report"]
