#!/bin/sh
exec /opt/annotator/annotator "$@"
