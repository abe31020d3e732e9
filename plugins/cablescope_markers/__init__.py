"""Built-in cablescope plugin: markers (see the module docstring once written)."""
