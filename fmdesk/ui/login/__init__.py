"""Sign-in and audit in the desktop app: the login dialog, the current user, audit verify."""
