"""Shared infrastructure with no domain: rules and helpers every app may use. Imports no other
app of Spire (see the Layers section of ARCHITECTURE.md)."""
