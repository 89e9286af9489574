"""The offline chat planner: words (typo-tolerant vocabulary), reading (every slot of a request), mentions
and gazetteer (the workspace's names), dialogue (what came before), intents and follow-ups (what to do),
and the chat model that puts them together."""

from graphs.planner.decide import HELP
from graphs.planner.gazetteer import Gazetteer, Names
from graphs.planner.intents import Plan
from graphs.planner.model import OfflinePlanner, plan

__all__ = ["HELP", "Gazetteer", "Names", "OfflinePlanner", "Plan", "plan"]
