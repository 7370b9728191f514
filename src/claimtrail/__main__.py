"""`python -m claimtrail` is the `claimtrail` command."""

from claimtrail.cli import main

main()
