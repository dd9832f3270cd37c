"""Rule packs and profiles: YAML data validated into pydantic models."""
