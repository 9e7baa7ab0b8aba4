"""Claim kinds: one module per kind, each a component registered in ``registry.KINDS``.

A kind module holds everything about its claims: the schema of its parameters, how it finds claims, its blocking
keys, its scope, how two of its values relate and how findings are labelled (see ``base.Kind``). Adding a kind is
one module here, one line in the registry, and a rule of that kind (with its examples) in ``rules/frames.yml``.
The stages import only ``base``; the run layer loads rules with the registry.
"""
