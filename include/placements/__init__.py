"""Placements (issue 18): from a recommended preceptor to a confirmed, completed rotation.

``model`` holds the states and the one transition function (every change is audited); ``service`` the
actions (request, accept, decline, cancel, tick a checklist item) and the timed steps (release unanswered
holds, complete ended rotations); ``messages`` which emails those facts make due; ``emails`` their context.
"""
