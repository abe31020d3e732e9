"""cablescope: a keyboard-driven terminal explorer for corpora of diplomatic cables."""

__version__ = "0.1.0"
