"""Built-in cablescope plugin: references (see the module docstring once written)."""
