"""Report models (what the engine returns) and renderers (how it is shown)."""
