"""Built-in cablescope plugin: timeline (see the module docstring once written)."""
