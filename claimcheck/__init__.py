"""claimcheck: find where news outlets disagree on checkable facts."""

__version__ = "0.1.0"
