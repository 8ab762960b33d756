"""Module docstring."""

import os
