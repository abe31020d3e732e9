"""Command groups of the Typer app, one module per concern."""
