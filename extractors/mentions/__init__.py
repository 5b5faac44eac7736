"""Mentions: dates, numbers, places and organisations found in text, each a span of it."""
