"""``python -m intercom_agent.cli``: the same as the ``intercom-agent`` command."""

import sys

from intercom_agent.cli import main

sys.exit(main())
