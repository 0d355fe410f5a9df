"""The settings dialog (设置): database connection and scheduled backups (issue 18)."""
