"""Executable rules: the durable-rules adapter, the standardised-condition language and dated parameters."""

__all__: list[str] = []
