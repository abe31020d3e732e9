"""Built-in cablescope plugin: entities (see the module docstring once written)."""
