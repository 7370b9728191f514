"""`python -m claimtrail` is the `claimtrail` command."""

from claimtrail.cli import main

if __name__ == "__main__":
    main()
