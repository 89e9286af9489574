"""The offline chat planner: slots (what a request names), dialogue (what came before), decide (what to
do), suggest (when unsure), and the chat model that puts them together."""

from graphs.planner.intents import HELP, Plan
from graphs.planner.model import OfflinePlanner, plan

__all__ = ["HELP", "OfflinePlanner", "Plan", "plan"]
