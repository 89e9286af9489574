"""intercom-agent: read an Intercom workspace from AI agents, correctly, safely and fast."""
