from govdesk.cli import main

raise SystemExit(main())
