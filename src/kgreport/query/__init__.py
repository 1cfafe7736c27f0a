"""Querying a built graph: the engine, the worker pool, the HTTP server, push to a store."""
