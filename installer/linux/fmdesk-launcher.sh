#!/bin/sh
# /usr/bin/fmdesk of the .deb: the bundle lives in /opt/fmdesk (it finds its files beside itself).
exec /opt/fmdesk/fmdesk "$@"
