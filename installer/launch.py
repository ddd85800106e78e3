"""The frozen program's entry point: the same ``govdesk`` command as the installed one."""

from govdesk.cli import main

raise SystemExit(main())
