"""Built-in cablescope plugin: appendix (see the module docstring once written)."""
