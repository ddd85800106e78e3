"""The case view (查找办件 from every workspace): a case's whole story, read-only, and the chooser list of hits.

``CaseSearchRouter`` listens to the main window's ``case_search_requested``; ``CaseViewDialog`` and
``CaseChooserDialog`` are the two dialogs. Everything they show comes from ``services.case_story``.
"""

from govdesk.ui.caseview.router import CaseSearchRouter

__all__ = ["CaseSearchRouter"]
